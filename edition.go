package ayin

import (
	_ "embed" // the default edition is compiled in
	"fmt"
	"sync"

	"github.com/ayinrules/ayin/calendar"
)

//go:embed ayin.yaml
var defaultYAML []byte

// DefaultYAML returns a copy of the embedded edition's YAML, the starting
// point for a registrar's own edition.
func DefaultYAML() []byte { return append([]byte(nil), defaultYAML...) }

// DefaultFile is the name the embedded edition reports in errors and sources.
const DefaultFile = "ayin.yaml"

var defaultEdition = sync.OnceValues(func() (*Edition, error) { return Parse(DefaultFile, defaultYAML) })

// Default returns the embedded edition, loaded once on first use. It panics
// only if the embedded file is broken, which the library's own tests rule out;
// use DefaultEdition for an error instead.
func Default() *Edition {
	e, err := defaultEdition()
	if err != nil {
		panic("ayin: the embedded edition does not load: " + err.Error())
	}
	return e
}

// DefaultEdition returns the embedded edition, or the error loading it.
func DefaultEdition() (*Edition, error) { return defaultEdition() }

// Edition is one loaded YAML file: the clause catalog and every rule table,
// each table with its dated versions. An Edition is immutable once loaded and
// safe for concurrent use; the values its lookups return share its memory and
// must be treated as read-only.
type Edition struct {
	name    string
	file    string
	title   Text
	reading string

	clauses     map[ClauseID]int
	clauseList  []Clause
	equivalence Dated[EquivalenceTable]
	reviewFee   Dated[ReviewFees]
	pageCharge  Dated[PageCharge]
	gradFees    Dated[GraduatesFees]
	timetables  Dated[*calendar.Timetable]
	documents   Dated[Documents]
	transfer    Dated[TransferParams]
	honors      Dated[HonorsParams]
	graduation  Dated[GraduationTables]
}

// Name is the edition's name from its `edition.name` field.
func (e *Edition) Name() string { return e.name }

// File is the file name the edition was loaded from.
func (e *Edition) File() string { return e.file }

// Title is the edition's title in both languages.
func (e *Edition) Title() Text { return e.title }

// Reading is the edition's note on how it was built.
func (e *Edition) Reading() string { return e.reading }

// Clause returns the catalog entry of id.
func (e *Edition) Clause(id ClauseID) (Clause, bool) {
	i, ok := e.clauses[id]
	if !ok {
		return Clause{}, false
	}
	return e.clauseList[i], true
}

// Clauses returns the clause catalog in source order (a copy).
func (e *Edition) Clauses() []Clause { return append([]Clause(nil), e.clauseList...) }

// Equivalence is the ten-group equivalence table (tr.t4) by version.
func (e *Edition) Equivalence() Dated[EquivalenceTable] { return e.equivalence }

// ReviewFees is the document-review fee of table 3 (tr.t3) by version.
func (e *Edition) ReviewFees() Dated[ReviewFees] { return e.reviewFee }

// PageCharge is the page allowance and charge of tr.1.h.2.n1 by version.
func (e *Edition) PageCharge() Dated[PageCharge] { return e.pageCharge }

// GraduatesFees are the graduates' office fees (grad.dup.5, grad.transcript.4) by version.
func (e *Edition) GraduatesFees() Dated[GraduatesFees] { return e.gradFees }

// Timetables are the transfer windows (tables 1 and 2) by version; each
// version's timetable governs the semesters that start on or after its
// effective date.
func (e *Edition) Timetables() Dated[*calendar.Timetable] { return e.timetables }

// Documents is table 6 (tr.t6): the documents each ground needs and who reviews them.
func (e *Edition) Documents() Dated[Documents] { return e.documents }

// Transfer holds the numbers of the transfer regulation's articles (rulings R11).
func (e *Edition) Transfer() Dated[TransferParams] { return e.transfer }

// Honors holds the excellence thresholds and quota (hon.1–hon.8).
func (e *Edition) Honors() Dated[HonorsParams] { return e.honors }

// Graduation holds the 16 issuance steps and the graduates' office checklists.
func (e *Edition) Graduation() Dated[GraduationTables] { return e.graduation }

// Source says where a table value came from: the clause that states it, the
// date its version took effect, and the edition it was loaded from.
type Source struct {
	Clause    ClauseID      `json:"clause"`
	Effective calendar.Date `json:"effective"`
	Edition   string        `json:"edition"`
}

// String formats as "tr.t3 (in force from 1393/07/01, edition 93/10 default)".
func (s Source) String() string {
	return fmt.Sprintf("%s (in force from %s, edition %s)", s.Clause, s.Effective, s.Edition)
}

// Dated is a table with versions, each in force from its effective date until
// the next one's. The zero Dated has no versions: every lookup is an error.
type Dated[T any] struct {
	source  ClauseID
	edition string
	from    []calendar.Date
	vals    []T
}

// At returns the version in force on day, and its source. A day before the
// first version is an error wrapping ErrBeforeFirstEdition.
func (d Dated[T]) At(day calendar.Date) (T, Source, error) {
	for i := len(d.from) - 1; i >= 0; i-- {
		if !day.Before(d.from[i]) {
			return d.vals[i], Source{Clause: d.source, Effective: d.from[i], Edition: d.edition}, nil
		}
	}
	var zero T
	if len(d.from) == 0 {
		return zero, Source{}, fmt.Errorf("ayin: table %s: %w (it has no versions)", d.source, ErrBeforeFirstEdition)
	}
	return zero, Source{}, fmt.Errorf("ayin: table %s on %s: %w (the first takes effect on %s)", d.source, day, ErrBeforeFirstEdition, d.from[0])
}

// AtSemester returns the version governing a semester: the one in force on
// the semester's first day (rulings R12).
func (d Dated[T]) AtSemester(s calendar.Semester) (T, Source, error) { return d.At(s.Start()) }

// Latest returns the newest version and its source.
func (d Dated[T]) Latest() (T, Source) {
	var zero T
	if len(d.vals) == 0 {
		return zero, Source{}
	}
	i := len(d.vals) - 1
	return d.vals[i], Source{Clause: d.source, Effective: d.from[i], Edition: d.edition}
}

// First returns the effective date of the first version (the zero Date if none).
func (d Dated[T]) First() calendar.Date {
	if len(d.from) == 0 {
		return calendar.Date{}
	}
	return d.from[0]
}

// Len is the number of versions.
func (d Dated[T]) Len() int { return len(d.vals) }

// Version returns version i (0 = oldest) with its source.
func (d Dated[T]) Version(i int) (T, Source) {
	return d.vals[i], Source{Clause: d.source, Effective: d.from[i], Edition: d.edition}
}

// Source is the clause that states the table.
func (d Dated[T]) Source() ClauseID { return d.source }
