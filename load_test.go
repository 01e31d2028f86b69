package ayin_test

// Tests of the strict loader (load.go, parse.go): the default edition loads
// with the expected catalog and tables, and every kind of bad edition the
// foundation issue lists is a *ayin.LoadError naming the file, the line and
// the field. Bad editions are the embedded YAML with one string changed, so
// the test data stays small and follows the default edition as it evolves.

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// ldEdit is one change to the default YAML: replace the first occurrence of
// old with new.
type ldEdit struct{ old, new string }

// ldMutate applies edits to the default YAML. Each old string must occur in
// it; the returned line is the 1-based line where the first edit's old
// string starts, the line a loader error about it should name.
func ldMutate(t testing.TB, edits ...ldEdit) (data []byte, line int) {
	t.Helper()
	data = ayin.DefaultYAML()
	for i, e := range edits {
		at := bytes.Index(data, []byte(e.old))
		if at < 0 {
			t.Fatalf("edit %d: %q is not in the default YAML", i, e.old)
		}
		if i == 0 {
			line = bytes.Count(data[:at], []byte("\n")) + 1
		}
		data = append(data[:at:at], append([]byte(e.new), data[at+len(e.old):]...)...)
	}
	return data, line
}

// ldLineOf returns the 1-based line of the first occurrence of s in data.
func ldLineOf(t testing.TB, data []byte, s string) int {
	t.Helper()
	at := bytes.Index(data, []byte(s))
	if at < 0 {
		t.Fatalf("%q is not in the YAML", s)
	}
	return bytes.Count(data[:at], []byte("\n")) + 1
}

func ldDate(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatalf("calendar.Parse(%q): %v", s, err)
	}
	return d
}

func TestParseDefaultEdition(t *testing.T) {
	e, err := ayin.Parse(ayin.DefaultFile, ayin.DefaultYAML())
	if err != nil {
		t.Fatalf("the default edition does not load: %v", err)
	}
	if got := e.Name(); got != "93/10 default" {
		t.Errorf("Name() = %q, want %q", got, "93/10 default")
	}
	if e.File() != ayin.DefaultFile || e.File() != "ayin.yaml" {
		t.Errorf("File() = %q, want ayin.yaml", e.File())
	}
	if e.Title().FA == "" || e.Title().EN == "" || e.Reading() == "" {
		t.Errorf("title or reading empty: %+v %q", e.Title(), e.Reading())
	}
	// Default() and DefaultEdition() are the same loaded edition.
	d1, err := ayin.DefaultEdition()
	if err != nil || d1 != ayin.Default() {
		t.Errorf("DefaultEdition() = %p, %v; Default() = %p", d1, err, ayin.Default())
	}
}

func TestDefaultEditionCatalogCounts(t *testing.T) {
	e := ayin.Default()
	cl := e.Clauses()
	if len(cl) != 137 {
		t.Errorf("clause catalog has %d clauses, want 137", len(cl))
	}
	kinds := map[ayin.ClauseKind]int{}
	seen := map[ayin.ClauseID]bool{}
	for _, c := range cl {
		kinds[c.Kind]++
		if seen[c.ID] {
			t.Errorf("clause %s listed twice", c.ID)
		}
		seen[c.ID] = true
		if c.Text.FA == "" || c.Text.EN == "" {
			t.Errorf("clause %s lacks its fa or en text", c.ID)
		}
		got, ok := e.Clause(c.ID)
		if !ok || got.ID != c.ID {
			t.Errorf("Clause(%s) = %v, %v", c.ID, got.ID, ok)
		}
		if d := c.ID.Document(); d != "tr" && d != "grad" && d != "hon" {
			t.Errorf("clause %s: Document() = %q, want tr, grad or hon", c.ID, d)
		}
	}
	if kinds[ayin.KindUnknown] != 0 {
		t.Errorf("%d clauses of unknown kind", kinds[ayin.KindUnknown])
	}
	for _, k := range []ayin.ClauseKind{ayin.KindRule, ayin.KindTable, ayin.KindDefinition, ayin.KindProcedure} {
		if kinds[k] == 0 {
			t.Errorf("no clause of kind %s", k)
		}
	}
	// The clauses the foundation's tables cite are all in the catalog.
	for _, id := range []ayin.ClauseID{"tr.t3", "tr.t4", "tr.1.h.2", "tr.1.h.2.n1", "tr.1.j", "grad.dup.5", "grad.transcript.4", "tr.t1", "tr.t2", "tr.t6", "hon.1"} {
		if _, ok := e.Clause(id); !ok {
			t.Errorf("Clause(%s) missing from the catalog", id)
		}
	}
	if _, ok := e.Clause("tr.99"); ok {
		t.Error("Clause(tr.99) found; want not found")
	}
	// Clauses returns a copy: changing it leaves the edition alone.
	cl[0].ID = "changed"
	if e.Clauses()[0].ID == "changed" {
		t.Error("Clauses() returned the edition's own slice")
	}
}

func TestDefaultEditionEquivalenceCounts(t *testing.T) {
	eq, src := ayin.Default().Equivalence().Latest()
	if src.Clause != "tr.t4" || src.Effective.String() != "1393/07/01" || src.Edition != "93/10 default" {
		t.Errorf("equivalence source = %+v, want tr.t4 from 1393/07/01 of 93/10 default", src)
	}
	if len(eq.Units) != 251 {
		t.Fatalf("equivalence table has %d rows, want 251 (250 grouped + S&R Alborz)", len(eq.Units))
	}
	grouped, ungrouped := 0, []string{}
	conf := map[ayin.Confidence]int{}
	perGroup := [11]int{}
	for _, u := range eq.Units {
		if u.Group == 0 {
			ungrouped = append(ungrouped, u.Name)
			continue
		}
		grouped++
		perGroup[u.Group]++
		conf[u.Confidence]++
	}
	if grouped != 250 || len(ungrouped) != 1 || ungrouped[0] != "علوم و تحقیقات البرز" {
		t.Errorf("grouped %d, ungrouped %q; want 250 and [علوم و تحقیقات البرز]", grouped, ungrouped)
	}
	if conf[ayin.Clear] != 73 || conf[ayin.Corrected] != 95 || conf[ayin.Uncertain] != 82 {
		t.Errorf("confidences clear/corrected/uncertain = %d/%d/%d, want 73/95/82", conf[ayin.Clear], conf[ayin.Corrected], conf[ayin.Uncertain])
	}
	// equivalence-table.md section 1, "Counts".
	want := [11]int{0, 24, 2, 11, 15, 26, 30, 39, 53, 29, 21}
	if perGroup != want {
		t.Errorf("units per group = %v, want %v", perGroup[1:], want[1:])
	}
}

func TestDefaultEditionFeeTables(t *testing.T) {
	e := ayin.Default()
	rf, src := e.ReviewFees().Latest()
	if src.Clause != "tr.t3" || src.Effective.String() != "1393/07/01" {
		t.Errorf("review fee source = %v", src)
	}
	for l, want := range map[ayin.Level]int64{
		ayin.Associate: 325000, ayin.BachelorContinuous: 625000, ayin.BachelorNonContinuous: 625000,
		ayin.Master: 945000, ayin.ProfessionalDoctorate: 1455000,
	} {
		got, ok := rf.For(l)
		if !ok || got.IntPart() != want {
			t.Errorf("tr.t3 fee for %s = %s, %v; want %d", l, got, ok, want)
		}
	}
	for _, l := range []ayin.Level{ayin.PhD, ayin.LevelUnknown, ayin.Level(200)} {
		if got, ok := rf.For(l); ok {
			t.Errorf("tr.t3 fee for %s = %s; want none (rulings R1)", l, got)
		}
	}
	pc, psrc := e.PageCharge().Latest()
	if psrc.Clause != "tr.1.h.2.n1" || pc.FreePages != 6 || pc.PerPage.IntPart() != 100000 {
		t.Errorf("page charge = %+v from %v; want 6 free pages, 100000 per page, tr.1.h.2.n1", pc, psrc)
	}
	for c, want := range map[ayin.DocumentClass]bool{ayin.OrdinaryDocuments: false, ayin.MedicalDocuments: true, ayin.IsargaranDocuments: true, ayin.FacultyDocuments: true, ayin.DocumentClass(9): false} {
		if pc.Exempts(c) != want {
			t.Errorf("Exempts(%s) = %v, want %v (tr.1.h.2.n1)", c, !want, want)
		}
	}
	g, gsrc := e.GraduatesFees().Latest()
	if gsrc.Effective.String() != "1393/04/15" {
		t.Errorf("graduates' fees in force from %s, want 1393/04/15 (rulings R13)", gsrc.Effective)
	}
	if g.DuplicateCertificate.Clause != "grad.dup.5" || g.DuplicateCertificate.Amount.IntPart() != 300000 ||
		g.TranscriptTranslation.Clause != "grad.transcript.4" || g.TranscriptTranslation.Amount.IntPart() != 300000 {
		t.Errorf("graduates' fees = %+v", g)
	}
}

// TestParseStrict is the strictness list of the foundation issue: each bad
// edition is a *LoadError with the file name, the line of the fault and the
// field at fault.
func TestParseStrict(t *testing.T) {
	const islamshahr = `{group: 1, fa: "اسلامشهر", en: "Islamshahr", kind: ordinary, confidence: clear, note: "S1: yes"}`
	tests := []struct {
		name  string
		edits []ldEdit
		field string // want LoadError.Field (exact)
		msg   string // a substring of the error
		line  int    // want line; 0 = the line of the first edit
	}{
		{
			name:  "unknown key in the edition header",
			edits: []ldEdit{{`  name: "93/10 default"`, "  colour: red\n  name: \"93/10 default\""}},
			field: "colour", msg: `unknown field "colour"`,
		},
		{
			name:  "unknown key in a unit row",
			edits: []ldEdit{{islamshahr, strings.Replace(islamshahr, `kind: ordinary`, `grop: 2, kind: ordinary`, 1)}},
			field: "grop", msg: `unknown field "grop"`,
		},
		{
			name:  "unknown key in a version (inline body)",
			edits: []ldEdit{{"      free_pages: 6", "      free_page: 6"}},
			field: "free_page", msg: "unknown field",
		},
		{
			name:  "unknown top-level table",
			edits: []ldEdit{{"review_fee:\n", "review_fees:\n"}},
			field: "review_fees", msg: "unknown field",
		},
		{
			name:  "tr.t4: a unit in two groups",
			edits: []ldEdit{{islamshahr, islamshahr + "\n        - " + strings.Replace(islamshahr, "group: 1", "group: 5", 1)}},
			field: "equivalence.versions[0].units[1].fa", msg: "listed twice", line: -1, // the second row
		},
		{
			name:  "tr.t4: a unit in two groups, once with brackets",
			edits: []ldEdit{{islamshahr, islamshahr + "\n        - " + strings.NewReplacer("group: 1", "group: 5", `fa: "اسلامشهر"`, `fa: "(اسلام\u200cشهر)"`, `en: "Islamshahr"`, `en: "Eslamshahr"`).Replace(islamshahr)}},
			field: "equivalence.versions[0].units[1].fa", msg: "listed twice", line: -1,
		},
		{
			name:  "tr.t4: a unit's English name given to another unit",
			edits: []ldEdit{{`en: "Pardis"`, `en: "ISLAMSHAHR"`}},
			field: "equivalence.versions[0].units[5].fa", msg: "listed twice",
		},
		{
			name:  "tr.t4: group 11",
			edits: []ldEdit{{islamshahr, strings.Replace(islamshahr, "group: 1,", "group: 11,", 1)}},
			field: "equivalence.versions[0].units[0].group", msg: "outside 1..10",
		},
		{
			name:  "tr.t4: group 0",
			edits: []ldEdit{{islamshahr, strings.Replace(islamshahr, "group: 1,", "group: 0,", 1)}},
			field: "equivalence.versions[0].units[0].group", msg: "outside 1..10",
		},
		{
			name:  "tr.t4: group not a number",
			edits: []ldEdit{{islamshahr, strings.Replace(islamshahr, "group: 1,", "group: one,", 1)}},
			msg:   "cannot unmarshal",
		},
		{
			name:  "tr.t4: unknown kind",
			edits: []ldEdit{{islamshahr, strings.Replace(islamshahr, "kind: ordinary", "kind: virtual", 1)}},
			field: "equivalence.versions[0].units[0].kind", msg: "unknown unit kind",
		},
		{
			name:  "tr.t4: a state university in the table",
			edits: []ldEdit{{islamshahr, strings.Replace(islamshahr, "kind: ordinary", "kind: state", 1)}},
			field: "equivalence.versions[0].units[0].kind", msg: "state university",
		},
		{
			name:  "tr.t4: unknown confidence",
			edits: []ldEdit{{islamshahr, strings.Replace(islamshahr, "confidence: clear", "confidence: sure", 1)}},
			field: "equivalence.versions[0].units[0].confidence", msg: "unknown confidence",
		},
		{
			name:  "tr.t4: a unit without a name",
			edits: []ldEdit{{islamshahr, strings.Replace(islamshahr, `fa: "اسلامشهر"`, `fa: " \u200c "`, 1)}},
			field: "equivalence.versions[0].units[0].fa", msg: "missing unit name",
		},
		{
			name:  "tr.t3: negative fee",
			edits: []ldEdit{{"        associate: 325000", "        associate: -325000"}},
			field: "review_fee.versions[0].amounts.associate", msg: "negative amount -325000",
		},
		{
			name:  "tr.t3: fee that is not an amount",
			edits: []ldEdit{{"        master: 945000", "        master: 945k"}},
			field: "review_fee.versions[0].amounts.master", msg: "not a number of rials",
		},
		{
			name:  "tr.t3: a PhD fee",
			edits: []ldEdit{{"        master: 945000", "        phd: 2000000"}},
			field: "review_fee.versions[0].amounts.phd", msg: "PhD",
		},
		{
			name:  "tr.t3: an unknown level",
			edits: []ldEdit{{"        master: 945000", "        masters: 945000"}},
			field: "review_fee.versions[0].amounts.masters", msg: "unknown level",
		},
		{
			name:  "tr.t3: an ambiguous level",
			edits: []ldEdit{{"        master: 945000", "        کارشناسی: 945000"}},
			field: "review_fee.versions[0].amounts.کارشناسی", msg: "ambiguous",
		},
		{
			name:  "tr.1.h.2.n1: negative per-page charge",
			edits: []ldEdit{{"      per_page: 100000", "      per_page: -1"}},
			field: "page_charge.versions[0].per_page", msg: "negative",
		},
		{
			name:  "tr.1.h.2.n1: unknown exempt class",
			edits: []ldEdit{{"exempt: [medical, isargaran, faculty]", "exempt: [medical, staff]"}},
			field: "page_charge.versions[0].exempt[1]", msg: "unknown document class",
		},
		{
			name:  "tr.1.h.2.n1: missing free pages",
			edits: []ldEdit{{"      free_pages: 6\n", ""}},
			field: "page_charge.versions[0].free_pages", msg: "missing", line: -2,
		},
		{
			name:  "grad.dup.5: negative fee",
			edits: []ldEdit{{"        source: grad.dup.5\n        amount: 300000", "        source: grad.dup.5\n        amount: -300000"}},
			field: "graduates_fees.versions[0].duplicate_certificate.amount", msg: "negative", line: -3,
		},
		{
			name:  "overlapping versions: the same effective date twice",
			edits: []ldEdit{{"        professional-doctorate: 1455000\n", "        professional-doctorate: 1455000\n    - effective: 1393/07/01\n      amounts: {associate: 1}\n"}},
			field: "review_fee.versions[1].effective", msg: "overlap", line: -4,
		},
		{
			name:  "overlapping versions: a later version dated earlier",
			edits: []ldEdit{{"        professional-doctorate: 1455000\n", "        professional-doctorate: 1455000\n    - effective: 1390/01/01\n      amounts: {associate: 1}\n"}},
			field: "review_fee.versions[1].effective", msg: "overlap", line: -4,
		},
		{
			name:  "impossible date: month 13",
			edits: []ldEdit{{"  source: tr.t3\n  versions:\n    - effective: 1393/07/01", "  source: tr.t3\n  versions:\n    - effective: 1393/13/01"}},
			field: "review_fee.versions[0].effective", msg: "13", line: -5,
		},
		{
			name:  "impossible date: 1403/07/31 (Mehr has 30 days)",
			edits: []ldEdit{{"  source: tr.t3\n  versions:\n    - effective: 1393/07/01", "  source: tr.t3\n  versions:\n    - effective: 1403/07/31"}},
			field: "review_fee.versions[0].effective", line: -5,
		},
		{
			name:  "impossible date: 1404/12/30 (a common year)",
			edits: []ldEdit{{"  source: tr.t3\n  versions:\n    - effective: 1393/07/01", "  source: tr.t3\n  versions:\n    - effective: 1404/12/30"}},
			field: "review_fee.versions[0].effective", line: -5,
		},
		{
			name:  "impossible date in table 2",
			edits: []ldEdit{{"phase: student, from: 1393/04/15", "phase: student, from: 1393/04/32"}},
			field: "one_time_windows.versions[0].windows[0].from",
		},
		{
			name:  "missing effective date",
			edits: []ldEdit{{"  source: tr.t3\n  versions:\n    - effective: 1393/07/01\n      amounts:", "  source: tr.t3\n  versions:\n    - amounts:"}},
			field: "review_fee.versions[0].effective", msg: "missing", line: -5, // the version's own line
		},
		{
			name:  "unknown key beside a table's versions",
			edits: []ldEdit{{"page_charge:\n  source: tr.1.h.2.n1\n  versions:\n", "page_charge:\n  source: tr.1.h.2.n1\n  versions: []\n  old:\n"}},
			field: "old", msg: `unknown field "old"`, line: -7,
		},
		{
			name:  "cited clause missing from the catalog: a table's source",
			edits: []ldEdit{{"  source: tr.t3\n", "  source: tr.t33\n"}},
			field: "review_fee.source", msg: `clause "tr.t33" is not in the clause catalog`,
		},
		{
			name:  "cited clause missing from the catalog: a fee's source",
			edits: []ldEdit{{"        source: grad.transcript.4", "        source: grad.transcript.9"}},
			field: "graduates_fees.versions[0].transcript_translation.source", msg: "not in the clause catalog",
		},
		{
			name:  "cited clause missing from the catalog: a graduation step",
			edits: []ldEdit{{"{step: 16, clause: grad.issue.16,", "{step: 16, clause: grad.issue.17,"}},
			field: "graduation.versions[0].steps[15].clause", msg: "not in the clause catalog",
		},
		{
			name:  "a clause listed twice",
			edits: []ldEdit{{"  - id: tr.1.a\n", "  - id: tr.1\n"}},
			field: "clauses[1].id", msg: "listed twice",
		},
		{
			name:  "a clause of unknown kind",
			edits: []ldEdit{{"  - id: tr.1\n    kind: definition", "  - id: tr.1\n    kind: law"}},
			field: "clauses[0].kind", msg: "unknown clause kind", line: -6,
		},
		{
			name:  "an edition without a name",
			edits: []ldEdit{{`  name: "93/10 default"`, `  name: "  "`}},
			field: "edition.name", msg: "missing",
		},
		{
			name:  "a list where a value belongs",
			edits: []ldEdit{{"      per_page: 100000", "      per_page: [100000]"}},
			field: "page_charge.versions[0].per_page", msg: "found a list",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, line := ldMutate(t, tc.edits...)
			switch tc.line {
			case 0:
			case -1: // the duplicated row: the line after the first edit's
				line++
			case -2: // the line of the version's "effective"
				line = ldLineOf(t, data, "page_charge:\n") + 3
			case -3: // the amount line, one below the source
				line++
			case -4: // the new version's effective date
				line++
			case -5: // the effective line, two below "source:"
				line += 2
			case -6: // the kind line, one below the id
				line++
			case -7: // the inserted key, three below the table's name
				line += 3
			}
			e, err := ayin.Parse("bad.yaml", data)
			if err == nil {
				t.Fatalf("Parse accepted the bad edition (name %q)", e.Name())
			}
			var le *ayin.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %v (%T) is not a *ayin.LoadError", err, err)
			}
			if le.File != "bad.yaml" {
				t.Errorf("File = %q, want bad.yaml", le.File)
			}
			if le.Line != line {
				t.Errorf("Line = %d, want %d (error: %v)", le.Line, line, err)
			}
			if tc.field != "" && le.Field != tc.field {
				t.Errorf("Field = %q, want %q (error: %v)", le.Field, tc.field, err)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
			if le.Err == nil || errors.Unwrap(err) != le.Err {
				t.Errorf("Unwrap() = %v, want the LoadError's Err", errors.Unwrap(err))
			}
			if !strings.HasPrefix(err.Error(), "bad.yaml:") {
				t.Errorf("error %q does not start with the file name", err)
			}
		})
	}
}

// TestParseMalformedFile covers files that are not an edition at all.
func TestParseMalformedFile(t *testing.T) {
	tests := []struct {
		name string
		data string
		line int
		msg  string
	}{
		{"empty file", "", 0, "empty"},
		{"only a comment", "# nothing here\n", 0, "empty"},
		{"only white space", "\n\n   \n", 0, "empty"},
		{"a second YAML document", string(ayin.DefaultYAML()) + "\n---\nedition: {name: two}\n", -1, "second YAML document"},
		{"garbage", "\x00\x01\x02 not yaml: [", 1, "control characters"},
		{"a control character on line 3", "edition:\n  name: x\n  title: \x01\n", 3, "control characters"},
		{"garbage after the edition", string(ayin.DefaultYAML()) + "\n---\n[\n", 0, ""},
		{"unclosed flow", "edition: {name: x\n", 0, ""},
		{"tab indentation", "edition:\n\tname: x\n", 2, ""},
		{"a list at the top", "- a\n- b\n", 1, "cannot unmarshal"},
		{"a scalar at the top", "hello\n", 1, "cannot unmarshal"},
		{"header only", "edition: {name: x}\n", 0, "clause catalog is empty"},
		{"duplicate key", "edition: {name: x}\nedition: {name: y}\n", 2, "already defined"},
		{"binary", "\xff\xfe\xfd", 1, ""},
		{"invalid UTF-8 on line 2", "edition:\n  name: \xc3\x28\n", 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ayin.Parse("bad.yaml", []byte(tc.data))
			var le *ayin.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %v (%T) is not a *ayin.LoadError", err, err)
			}
			if le.File != "bad.yaml" {
				t.Errorf("File = %q", le.File)
			}
			want := tc.line
			if want == -1 {
				// The line of the "---" that starts the second document.
				want = bytes.Count([]byte(tc.data[:strings.Index(tc.data, "\n---\n")+1]), []byte("\n")) + 1
			}
			if tc.line != 0 && le.Line != want {
				t.Errorf("Line = %d, want %d (error: %v)", le.Line, want, err)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
		})
	}
}

// TestParseNoVersions: a table must have at least one dated version; the
// error names the empty list's line.
func TestParseNoVersions(t *testing.T) {
	data := ayin.DefaultYAML()
	start := bytes.Index(data, []byte("page_charge:\n"))
	end := bytes.Index(data, []byte("\ngraduates_fees:"))
	if start < 0 || end < start {
		t.Fatal("page_charge or graduates_fees not found in the default YAML")
	}
	// Keep the comments before graduates_fees out of the way: cut to the
	// last blank line before it.
	if b := bytes.LastIndex(data[start:end], []byte("\n\n")); b > 0 {
		end = start + b
	}
	bad := append(append(append([]byte(nil), data[:start]...), "page_charge:\n  source: tr.1.h.2.n1\n  versions: []\n"...), data[end:]...)
	_, err := ayin.Parse("bad.yaml", bad)
	var le *ayin.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %v (%T) is not a *ayin.LoadError", err, err)
	}
	if want := ldLineOf(t, bad, "  versions: []"); le.Line != want || le.Field != "page_charge.versions" || !strings.Contains(err.Error(), "no versions") {
		t.Errorf("got %v (line %d, field %q); want line %d, field page_charge.versions, \"no versions\"", err, le.Line, le.Field, want)
	}
}

func TestParseTooLarge(t *testing.T) {
	data := bytes.Repeat([]byte("# padding\n"), 1<<20) // 10 MiB of comments
	_, err := ayin.Parse("big.yaml", data)
	var le *ayin.LoadError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "bytes") {
		t.Fatalf("Parse of 10 MiB = %v, want a LoadError about the size", err)
	}
}

func TestLoadFile(t *testing.T) {
	e, err := ayin.LoadFile("ayin.yaml")
	if err != nil {
		t.Fatalf("LoadFile(ayin.yaml): %v", err)
	}
	if e.File() != "ayin.yaml" || len(e.Clauses()) != 137 {
		t.Errorf("LoadFile: file %q, %d clauses", e.File(), len(e.Clauses()))
	}
	if _, err := ayin.LoadFile("testdata/editions/no-such-file.yaml"); err == nil {
		t.Error("LoadFile of a missing file: no error")
	}
	_, err = ayin.LoadFile("testdata/editions/bad-group.yaml")
	var le *ayin.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("LoadFile(bad-group.yaml) = %v, want a LoadError", err)
	}
	if le.File != "testdata/editions/bad-group.yaml" || le.Line != 12 || le.Field != "equivalence.versions[0].units[1].group" {
		t.Errorf("LoadFile(bad-group.yaml): %#v", le)
	}
}

// TestEditionWithSecondVersion builds an edition in which table 3 has a
// second version and checks that each is in force from its own date.
func TestEditionWithSecondVersion(t *testing.T) {
	data, _ := ldMutate(t, ldEdit{"        professional-doctorate: 1455000\n",
		"        professional-doctorate: 1455000\n" +
			"    - effective: 1403/07/01\n" +
			"      amounts: {associate: ۶۵۰٬۰۰۰, bachelor-continuous: \"1/250/000\", bachelor-noncontinuous: 1250000, master: 1890000, professional-doctorate: 2910000}\n"})
	e, err := ayin.Parse("two.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	d := e.ReviewFees()
	if d.Len() != 2 || d.Source() != "tr.t3" || d.First().String() != "1393/07/01" {
		t.Fatalf("Len %d, Source %s, First %s", d.Len(), d.Source(), d.First())
	}
	tests := []struct {
		day       string
		associate int64
		bachelor  int64
		effective string
	}{
		{"1393/07/01", 325000, 625000, "1393/07/01"},
		{"1403/06/31", 325000, 625000, "1393/07/01"},
		{"1403/07/01", 650000, 1250000, "1403/07/01"},
		{"1420/01/01", 650000, 1250000, "1403/07/01"},
	}
	for _, tc := range tests {
		rf, src, err := d.At(ldDate(t, tc.day))
		if err != nil {
			t.Errorf("At(%s): %v", tc.day, err)
			continue
		}
		a, _ := rf.For(ayin.Associate)
		b, _ := rf.For(ayin.BachelorContinuous)
		if a.IntPart() != tc.associate || b.IntPart() != tc.bachelor {
			t.Errorf("At(%s): associate %s, bachelor %s; want %d, %d", tc.day, a, b, tc.associate, tc.bachelor)
		}
		if src.Effective.String() != tc.effective || src.Clause != "tr.t3" || src.Edition != "93/10 default" {
			t.Errorf("At(%s): source %v, want tr.t3 from %s", tc.day, src, tc.effective)
		}
	}
	latest, lsrc := d.Latest()
	if a, _ := latest.For(ayin.Master); a.IntPart() != 1890000 || lsrc.Effective.String() != "1403/07/01" {
		t.Errorf("Latest: master %s from %s", a, lsrc.Effective)
	}
	v0, s0 := d.Version(0)
	if a, _ := v0.For(ayin.Master); a.IntPart() != 945000 || s0.Effective.String() != "1393/07/01" {
		t.Errorf("Version(0): master %s from %s", a, s0.Effective)
	}
	// The other tables keep their single version.
	if e.PageCharge().Len() != 1 {
		t.Errorf("page charge has %d versions", e.PageCharge().Len())
	}
}
