package ayin

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"gopkg.in/yaml.v3"

	"github.com/ayinrules/ayin/calendar"
)

// rawEdition is the YAML file as written; Parse checks it and builds an Edition.
type rawEdition struct {
	Edition        rawMeta                      `yaml:"edition"`
	Clauses        []rawClause                  `yaml:"clauses"`
	Equivalence    rawVersioned[rawEquivalence] `yaml:"equivalence"`
	ReviewFee      rawVersioned[rawReviewFee]   `yaml:"review_fee"`
	PageCharge     rawVersioned[rawPageCharge]  `yaml:"page_charge"`
	GraduatesFees  rawVersioned[rawGradFees]    `yaml:"graduates_fees"`
	Windows        rawVersioned[rawWindows]     `yaml:"windows"`
	OneTimeWindows rawVersioned[rawOneTime]     `yaml:"one_time_windows"`
	Documents      rawVersioned[rawDocuments]   `yaml:"documents"`
	Transfer       rawVersioned[rawTransfer]    `yaml:"transfer"`
	Honors         rawVersioned[rawHonors]      `yaml:"honors"`
	Graduation     rawVersioned[rawGraduation]  `yaml:"graduation"`
}

type rawMeta struct {
	Name    at[string] `yaml:"name"`
	Title   Text       `yaml:"title"`
	Reading string     `yaml:"reading"`
}

type rawClause struct {
	ID     at[string] `yaml:"id"`
	Kind   at[string] `yaml:"kind"`
	Title  Text       `yaml:"title"`
	FA     string     `yaml:"fa"`
	EN     string     `yaml:"en"`
	Errata []string   `yaml:"errata"`
	Note   string     `yaml:"note"`
}

type rawVersioned[T any] struct {
	Source   clauseRef       `yaml:"source"`
	Versions []rawVersion[T] `yaml:"versions"`
}

type rawVersion[T any] struct {
	Effective jdate  `yaml:"effective"`
	Reading   string `yaml:"reading"`
	Body      T      `yaml:",inline"`
}

// number is a plain decimal number in YAML (a GPA, a percentage).
type number struct {
	V    decimal.Decimal
	Line int
	set  bool
	err  error
}

// UnmarshalYAML parses the number, keeping a failure for the checker.
func (x *number) UnmarshalYAML(n *yaml.Node) error {
	x.Line, x.set = n.Line, true
	if n.Kind != yaml.ScalarNode {
		x.err = fmt.Errorf("want a number, found a %s", kindName(n.Kind))
		return nil
	}
	v, err := decimal.NewFromString(strings.TrimSpace(NormalizePersian(n.Value)))
	if err != nil {
		x.err = fmt.Errorf("%q is not a number", n.Value)
		return nil
	}
	x.V = v
	return nil
}

func (c *checker) number(x number, field string, lo, hi float64) decimal.Decimal {
	switch {
	case x.err != nil:
		c.fail(x.Line, field, "%v", x.err)
	case !x.set:
		c.fail(x.Line, field, "missing")
	case x.V.LessThan(decimal.NewFromFloat(lo)) || x.V.GreaterThan(decimal.NewFromFloat(hi)):
		c.fail(x.Line, field, "%s is outside %v..%v", x.V, lo, hi)
	}
	return x.V
}

func (c *checker) count(x at[int], field string, lo, hi int) int {
	switch {
	case !x.set:
		c.fail(x.Line, field, "missing")
	case x.V < lo || x.V > hi:
		c.fail(x.Line, field, "%d is outside %d..%d", x.V, lo, hi)
	}
	return x.V
}

// Parse checks an edition given as YAML and builds it. name is the file name
// the errors and sources report. Every problem is a *LoadError naming the
// file, the line and the field.
func Parse(name string, data []byte) (*Edition, error) {
	var raw rawEdition
	if err := decodeStrict(name, data, &raw); err != nil {
		return nil, err
	}
	c := &checker{file: name}
	e := &Edition{file: name}
	e.name = strings.TrimSpace(raw.Edition.Name.V)
	if e.name == "" {
		c.fail(raw.Edition.Name.Line, "edition.name", "missing: an edition needs a name")
	}
	e.title, e.reading = raw.Edition.Title, raw.Edition.Reading

	buildClauses(c, e, raw.Clauses)
	e.equivalence = buildDated(c, e, "equivalence", raw.Equivalence, buildEquivalence)
	e.reviewFee = buildDated(c, e, "review_fee", raw.ReviewFee, buildReviewFee)
	e.pageCharge = buildDated(c, e, "page_charge", raw.PageCharge, buildPageCharge)
	e.gradFees = buildDated(c, e, "graduates_fees", raw.GraduatesFees, buildGradFees)
	e.documents = buildDated(c, e, "documents", raw.Documents, buildDocuments)
	e.transfer = buildDated(c, e, "transfer", raw.Transfer, buildTransfer)
	e.honors = buildDated(c, e, "honors", raw.Honors, buildHonors)
	e.graduation = buildDated(c, e, "graduation", raw.Graduation, buildGraduation)
	e.timetables = buildTimetables(c, e, raw.Windows, raw.OneTimeWindows)

	// Every clause a table cites must be in the catalog, so that a decision
	// can always show the text of what it cites.
	for _, r := range c.refs {
		if !c.ok() {
			break
		}
		if _, ok := e.clauses[r.id]; !ok {
			c.fail(r.line, r.field, "clause %q is not in the clause catalog", r.id)
		}
	}
	if !c.ok() {
		if c.err.Line == 0 && c.err.Field != "" {
			c.err.Line = lineOfField(data, c.err.Field)
		}
		return nil, c.err
	}
	return e, nil
}

// buildDated checks a versioned table's source and effective dates and
// builds each version's value.
func buildDated[R, T any](c *checker, e *Edition, field string, rv rawVersioned[R], build func(*checker, string, R, string) T) Dated[T] {
	d := Dated[T]{edition: e.name}
	d.source = c.ref(rv.Source, 0, field+".source")
	d.from = versionDates(c, field, rv.Versions, func(v rawVersion[R]) jdate { return v.Effective })
	for i, v := range rv.Versions {
		if !c.ok() {
			break
		}
		d.vals = append(d.vals, build(c, fmt.Sprintf("%s.versions[%d]", field, i), v.Body, v.Reading))
	}
	return d
}

func buildClauses(c *checker, e *Edition, raw []rawClause) {
	e.clauses = make(map[ClauseID]int, len(raw))
	if len(raw) == 0 {
		c.fail(0, "clauses", "the clause catalog is empty")
		return
	}
	for i, rc := range raw {
		f := fmt.Sprintf("clauses[%d]", i)
		id := ClauseID(strings.TrimSpace(rc.ID.V))
		if id == "" {
			c.fail(rc.ID.Line, f+".id", "missing clause ID")
			return
		}
		if j, dup := e.clauses[id]; dup {
			c.fail(rc.ID.Line, f+".id", "clause %q is listed twice (first as clauses[%d])", id, j)
			return
		}
		k, err := parseClauseKind(strings.TrimSpace(rc.Kind.V))
		if err != nil {
			c.fail(rc.Kind.Line, f+".kind", "%v", err)
			return
		}
		if strings.TrimSpace(rc.FA) == "" || strings.TrimSpace(rc.EN) == "" {
			c.fail(rc.ID.Line, f, "clause %q needs both its Persian (fa) and English (en) text", id)
			return
		}
		e.clauses[id] = len(e.clauseList)
		e.clauseList = append(e.clauseList, Clause{
			ID: id, Kind: k, Title: rc.Title,
			Text:   Text{FA: strings.TrimSpace(rc.FA), EN: strings.TrimSpace(rc.EN)},
			Errata: rc.Errata, Note: strings.TrimSpace(rc.Note),
		})
	}
}

// --- table 4: the equivalence table

type rawEquivalence struct {
	Units []rawUnit `yaml:"units"`
}

type rawUnit struct {
	Group      at[int]    `yaml:"group"`
	FA         at[string] `yaml:"fa"`
	EN         string     `yaml:"en"`
	Aliases    []string   `yaml:"aliases"`
	Kind       at[string] `yaml:"kind"`
	Confidence at[string] `yaml:"confidence"`
	Note       string     `yaml:"note"`
}

func buildEquivalence(c *checker, field string, r rawEquivalence, reading string) EquivalenceTable {
	t := EquivalenceTable{Reading: reading, Units: make([]UnitRow, 0, len(r.Units))}
	seen := make(map[string]int, 2*len(r.Units))
	if len(r.Units) == 0 {
		c.fail(0, field+".units", "no units")
	}
	for i, u := range r.Units {
		f := fmt.Sprintf("%s.units[%d]", field, i)
		name := NormalizePersian(u.FA.V)
		if name == "" {
			c.fail(u.FA.Line, f+".fa", "missing unit name")
			return t
		}
		if u.Group.set && (u.Group.V < 1 || u.Group.V > 10) {
			c.fail(u.Group.Line, f+".group", "group %d is outside 1..10", u.Group.V)
			return t
		}
		kind, err := ParseUnitKind(u.Kind.V)
		if err != nil {
			c.fail(u.Kind.Line, f+".kind", "%v", err)
			return t
		}
		if kind == State {
			c.fail(u.Kind.Line, f+".kind", "a state university is not a unit of the table")
			return t
		}
		conf, err := parseConfidence(strings.TrimSpace(u.Confidence.V))
		if u.Confidence.V == "" {
			conf, err = Clear, nil
		}
		if err != nil {
			c.fail(u.Confidence.Line, f+".confidence", "%v", err)
			return t
		}
		row := UnitRow{Name: name, English: strings.TrimSpace(u.EN), Group: u.Group.V, Kind: kind,
			Confidence: conf, Note: strings.TrimSpace(u.Note), Line: u.FA.Line}
		keys := []string{unitKey(name)}
		if row.English != "" {
			keys = append(keys, unitKey(row.English))
		}
		for _, a := range u.Aliases {
			if a = NormalizePersian(a); a != "" {
				row.Aliases = append(row.Aliases, a)
				keys = append(keys, unitKey(a))
			}
		}
		for _, k := range keys {
			if j, dup := seen[k]; dup {
				prev := t.Units[j]
				if j == len(t.Units) {
					continue // an alias repeating the unit's own name
				}
				c.fail(u.FA.Line, f+".fa", "unit %q is listed twice: also at line %d (group %d); a unit belongs to one group only", name, prev.Line, prev.Group)
				return t
			}
			seen[k] = len(t.Units)
		}
		t.Units = append(t.Units, row)
	}
	return t
}

// unitKey is the key two names of units must not share: FoldKey without the
// brackets and punctuation that package equivalence also ignores when it
// looks a name up, so «علوم و تحقیقات (تهران)» in one group and «علوم و
// تحقیقات تهران» in another are caught as one unit in two groups rather than
// left for a lookup to resolve to whichever came first.
func unitKey(s string) string { return unitKeyPunct.Replace(FoldKey(s)) }

var unitKeyPunct = strings.NewReplacer("(", "", ")", "", "«", "", "»", "", "-", "", "،", "", ",", "", ".", "")

// --- table 3 and the fees

type rawReviewFee struct {
	Amounts map[string]rials `yaml:"amounts"`
}

func buildReviewFee(c *checker, field string, r rawReviewFee, _ string) ReviewFees {
	var out ReviewFees
	if len(r.Amounts) == 0 {
		c.fail(0, field+".amounts", "no amounts")
	}
	for k, v := range r.Amounts {
		f := field + ".amounts." + k
		l, err := ParseLevel(k)
		if err != nil {
			c.fail(v.Line, f, "%v", err)
			return out
		}
		if l == PhD {
			c.fail(v.Line, f, "the regulation has no review fee for a PhD (rulings R1)")
			return out
		}
		out.amounts[l], out.has[l] = c.fee(v, f), true
	}
	return out
}

type rawPageCharge struct {
	FreePages at[int]      `yaml:"free_pages"`
	PerPage   rials        `yaml:"per_page"`
	Exempt    []at[string] `yaml:"exempt"`
}

func buildPageCharge(c *checker, field string, r rawPageCharge, _ string) PageCharge {
	p := PageCharge{FreePages: c.count(r.FreePages, field+".free_pages", 0, 1000)}
	p.PerPage = c.fee(r.PerPage, field+".per_page")
	for i, s := range r.Exempt {
		dc, err := ParseDocumentClass(s.V)
		if err != nil {
			c.fail(s.Line, fmt.Sprintf("%s.exempt[%d]", field, i), "%v", err)
			return p
		}
		p.exempt[dc] = true
	}
	return p
}

type rawFee struct {
	Source clauseRef `yaml:"source"`
	Amount rials     `yaml:"amount"`
}

type rawGradFees struct {
	Duplicate  rawFee     `yaml:"duplicate_certificate"`
	Transcript rawFee     `yaml:"transcript_translation"`
	Account    at[string] `yaml:"account"`
	Bank       Text       `yaml:"bank"`
}

func buildGradFees(c *checker, field string, r rawGradFees, _ string) GraduatesFees {
	fee := func(f rawFee, name string) Fee {
		return Fee{Clause: c.ref(f.Source, f.Amount.Line, field+"."+name+".source"), Amount: c.fee(f.Amount, field+"."+name+".amount")}
	}
	return GraduatesFees{
		DuplicateCertificate:  fee(r.Duplicate, "duplicate_certificate"),
		TranscriptTranslation: fee(r.Transcript, "transcript_translation"),
		Account:               r.Account.V,
		Bank:                  r.Bank,
	}
}

// --- tables 1 and 2: the windows

type rawWindows struct {
	Spans []rawSpan `yaml:"spans"`
}

type rawSpan struct {
	Term  at[string] `yaml:"term"`
	Phase at[string] `yaml:"phase"`
	From  at[string] `yaml:"from"`
	To    at[string] `yaml:"to"`
}

type rawOneTime struct {
	Windows []rawWindow `yaml:"windows"`
}

type rawWindow struct {
	Semester at[string] `yaml:"semester"`
	Phase    at[string] `yaml:"phase"`
	From     jdate      `yaml:"from"`
	To       jdate      `yaml:"to"`
	Reading  string     `yaml:"reading"`
}

func parseTerm(s string) (calendar.Term, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "first", "1":
		return calendar.First, nil
	case "second", "2":
		return calendar.Second, nil
	}
	return calendar.First, fmt.Errorf("unknown term %q (want first or second)", s)
}

func parsePhase(s string) (calendar.Phase, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "student":
		return calendar.StudentRequest, nil
	case "origin":
		return calendar.OriginAnswer, nil
	case "destination":
		return calendar.DestinationAnswer, nil
	case "central":
		return calendar.CentralAnswer, nil
	}
	return calendar.StudentRequest, fmt.Errorf("unknown phase %q (want student, origin, destination or central)", s)
}

// buildTimetables builds one calendar.Timetable per version of table 1; the
// one-time windows of table 2 are overrides for their semester, handed to
// the version that governs that semester.
func buildTimetables(c *checker, e *Edition, annual rawVersioned[rawWindows], once rawVersioned[rawOneTime]) Dated[*calendar.Timetable] {
	d := Dated[*calendar.Timetable]{edition: e.name}
	d.source = c.ref(annual.Source, 0, "windows.source")
	c.ref(once.Source, 0, "one_time_windows.source")
	d.from = versionDates(c, "windows", annual.Versions, func(v rawVersion[rawWindows]) jdate { return v.Effective })
	onceFrom := versionDates(c, "one_time_windows", once.Versions, func(v rawVersion[rawOneTime]) jdate { return v.Effective })
	if !c.ok() {
		return d
	}
	var overrides []calendar.Window
	for i, v := range once.Versions {
		_ = onceFrom[i]
		for j, w := range v.Body.Windows {
			f := fmt.Sprintf("one_time_windows.versions[%d].windows[%d]", i, j)
			sem, err := calendar.ParseSemester(w.Semester.V)
			if err != nil {
				c.fail(w.Semester.Line, f+".semester", "%v", err)
				return d
			}
			ph, err := parsePhase(w.Phase.V)
			if err != nil {
				c.fail(w.Phase.Line, f+".phase", "%v", err)
				return d
			}
			from, to := c.date(w.From, f+".from"), c.date(w.To, f+".to")
			if !c.ok() {
				return d
			}
			overrides = append(overrides, calendar.Window{Semester: sem, Phase: ph, From: from, To: to})
		}
	}
	for i, v := range annual.Versions {
		f := fmt.Sprintf("windows.versions[%d]", i)
		spans := make([]calendar.AnnualSpan, 0, len(v.Body.Spans))
		for j, s := range v.Body.Spans {
			sf := fmt.Sprintf("%s.spans[%d]", f, j)
			term, err := parseTerm(s.Term.V)
			if err != nil {
				c.fail(s.Term.Line, sf+".term", "%v", err)
				return d
			}
			ph, err := parsePhase(s.Phase.V)
			if err != nil {
				c.fail(s.Phase.Line, sf+".phase", "%v", err)
				return d
			}
			from, err := calendar.ParseMonthDay(s.From.V)
			if err != nil {
				c.fail(s.From.Line, sf+".from", "%v", err)
				return d
			}
			to, err := calendar.ParseMonthDay(s.To.V)
			if err != nil {
				c.fail(s.To.Line, sf+".to", "%v", err)
				return d
			}
			spans = append(spans, calendar.AnnualSpan{Term: term, Phase: ph, From: from, To: to})
		}
		first := calendar.NextSemesterAfter(d.from[i].AddDays(-1))
		var mine []calendar.Window
		for _, w := range overrides {
			if w.Semester.Compare(first) >= 0 && (i+1 == len(d.from) || w.Semester.Start().Before(d.from[i+1])) {
				mine = append(mine, w)
			}
		}
		tt, err := calendar.NewTimetable(first, spans, mine)
		if err != nil {
			c.fail(v.Effective.Line, f, "%v", err)
			return d
		}
		d.vals = append(d.vals, tt)
	}
	return d
}

// --- table 6: documents

type rawDocuments struct {
	Rows []rawDocRow `yaml:"rows"`
}

type rawDocRow struct {
	Clause   clauseRef   `yaml:"clause"`
	Serves   []clauseRef `yaml:"serves"`
	Reviewer at[string]  `yaml:"reviewer"`
	Items    []Text      `yaml:"items"`
	Reading  string      `yaml:"reading"`
}

func buildDocuments(c *checker, field string, r rawDocuments, _ string) Documents {
	var d Documents
	for i, row := range r.Rows {
		f := fmt.Sprintf("%s.rows[%d]", field, i)
		out := DocumentRow{Clause: c.ref(row.Clause, 0, f+".clause"), Reviewer: Authority(strings.TrimSpace(row.Reviewer.V)),
			Items: row.Items, Reading: strings.TrimSpace(row.Reading)}
		if !out.Reviewer.Known() {
			c.fail(row.Reviewer.Line, f+".reviewer", "unknown authority %q", row.Reviewer.V)
			return d
		}
		if len(row.Items) == 0 {
			c.fail(row.Clause.Line, f+".items", "a row of table 6 lists at least one document")
			return d
		}
		for j, s := range row.Serves {
			out.Serves = append(out.Serves, c.ref(s, row.Clause.Line, fmt.Sprintf("%s.serves[%d]", f, j)))
		}
		d.Rows = append(d.Rows, out)
	}
	return d
}
