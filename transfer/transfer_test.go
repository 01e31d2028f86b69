package transfer

import (
	"encoding/json"
	"errors"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/equivalence"
)

func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

func dec(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }

// woman and wedding are a tr.2.1 request that is eligible as it stands.
func woman(t testing.TB) Student {
	return Student{Gender: Female, Level: ayin.BachelorContinuous, Origin: "Arak",
		ExamRegistration: day(t, "1400/12/01"), SemestersCompleted: 2}
}

func wedding(t testing.TB) Request {
	return Request{Kind: Transfer, Ground: GroundMarriage, Destination: "Zanjan", Date: day(t, "1403/03/10"),
		Pages: 6, Offered: yes(), DestinationMatches: yes(),
		Marriage: &Marriage{Date: day(t, "1401/05/20"), Permanent: true}}
}

func status(d Decision, c ayin.ClauseID) ayin.Status {
	st := ayin.NotApplicable
	for _, f := range d.Findings {
		if f.Clause == c && (f.Status == ayin.Failed || st != ayin.Failed && f.Status == ayin.Held) {
			st = f.Status
		}
	}
	return st
}

func TestTr2_Marriage(t *testing.T) {
	ev := Default()
	tests := []struct {
		name    string
		edit    func(*Student, *Request)
		outcome ayin.Outcome
		clause  ayin.ClauseID
		st      ayin.Status
	}{
		{"tr.2.1 woman, permanent, after registration", func(*Student, *Request) {}, ayin.Eligible, "tr.2.1", ayin.Held},
		{"tr.2.1 to group 1 allowed", func(_ *Student, r *Request) { r.Destination = "Tehran North" }, ayin.Eligible, "tr.2.1", ayin.Held},
		{"tr.2.1 not permanent", func(_ *Student, r *Request) { r.Marriage.Permanent = false }, ayin.Ineligible, "tr.2.1", ayin.Failed},
		{"tr.2.1 on the registration day is not after", func(s *Student, r *Request) { r.Marriage.Date = s.ExamRegistration }, ayin.Ineligible, "tr.2.1", ayin.Failed},
		{"tr.2.1 the day after registration", func(s *Student, r *Request) { r.Marriage.Date = s.ExamRegistration.AddDays(1) }, ayin.Eligible, "tr.2.1", ayin.Held},
		{"tr.2.2 man to group 4", func(s *Student, r *Request) { s.Gender = Male; r.Destination = "Arak"; s.Origin = "Zanjan" }, ayin.Eligible, "tr.2.2", ayin.Held},
		{"tr.2.2 man to group 1 barred", func(s *Student, r *Request) { s.Gender = Male; r.Destination = "Tehran North" }, ayin.Ineligible, "tr.2.2", ayin.Failed},
		{"tr.2.2 man, marriage not permanent, still allowed", func(s *Student, r *Request) { s.Gender = Male; r.Marriage.Permanent = false }, ayin.Eligible, "tr.2.2", ayin.Held},
		{"tr.2.3 divorce after registration", func(_ *Student, r *Request) {
			r.Ground, r.Marriage, r.Divorce = GroundDivorce, nil, &Divorce{Date: day(t, "1402/01/01")}
		}, ayin.Eligible, "tr.2.3", ayin.Held},
		{"tr.2.3 divorce to group 1 barred", func(_ *Student, r *Request) {
			r.Ground, r.Destination, r.Divorce = GroundDivorce, "Tehran Central", &Divorce{Date: day(t, "1402/01/01")}
		}, ayin.Ineligible, "tr.2.3", ayin.Failed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, r := woman(t), wedding(t)
			tc.edit(&s, &r)
			d, err := ev.Evaluate(s, r)
			if err != nil {
				t.Fatal(err)
			}
			if d.Outcome != tc.outcome || !d.Cites(tc.clause) || status(d, tc.clause) != tc.st {
				t.Errorf("outcome %s, %s %s; want %s, %s %s\n%v", d.Outcome, tc.clause, status(d, tc.clause), tc.outcome, tc.clause, tc.st, d.Findings)
			}
		})
	}
}

func TestTr14_BadInput(t *testing.T) {
	ev := Default()
	tests := []struct {
		name  string
		edit  func(*Student, *Request)
		kind  error
		field string
	}{
		{"GPA 21", func(s *Student, _ *Request) { s.GPA = dec("21") }, ErrImpossible, "student.gpa"},
		{"-1 semesters", func(s *Student, _ *Request) { s.SemestersCompleted = -1 }, ErrImpossible, "student.semesters_completed"},
		{"a man under tr.2.1", func(s *Student, r *Request) { s.Gender = Male; r.Clause = "tr.2.1" }, ErrContradiction, "student.gender"},
		{"no marriage facts", func(_ *Student, r *Request) { r.Marriage = nil }, ErrMissingFact, "request.marriage"},
		{"unknown unit", func(_ *Student, r *Request) { r.Destination = "Arakk" }, ErrUnknown, "request.destination"},
		{"no ground", func(_ *Student, r *Request) { r.Ground = GroundUnknown }, ErrMissingFact, "request.ground"},
		{"unknown ground code", func(_ *Student, r *Request) { r.Ground = Ground(99) }, ErrUnknown, "request.ground"},
		{"semester before the regulation", func(_ *Student, r *Request) { r.Semester = calendar.Semester{Year: 1392, Term: calendar.Second} }, ErrNotInForce, "request.semester"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, r := woman(t), wedding(t)
			tc.edit(&s, &r)
			_, err := ev.Evaluate(s, r)
			var fe *FactError
			if !errors.As(err, &fe) || !errors.Is(err, tc.kind) || fe.Field != tc.field {
				t.Fatalf("err = %v; want a %v on %s", err, tc.kind, tc.field)
			}
		})
	}
	s, r := woman(t), wedding(t)
	r.Destination = "Arakk"
	_, err := ev.Evaluate(s, r)
	var uu *equivalence.UnknownUnitError
	if !errors.As(err, &uu) || len(uu.Suggestions) == 0 {
		t.Errorf("unknown unit: %v; want suggestions", err)
	}
}

// TestFindingsCiteListedClauses checks that every clause a decision cites is
// in Clauses(), over the case-like requests of this file.
func TestFindingsCiteListedClauses(t *testing.T) {
	listed := map[ayin.ClauseID]bool{}
	for _, c := range Clauses() {
		listed[c] = true
		if _, ok := ayin.Default().Clause(c); !ok {
			t.Errorf("Clauses() lists %s, which is not in the catalog", c)
		}
	}
	for g := GroundMarriage; g < numGrounds; g++ {
		if *grounds[g].pending {
			listed[grounds[g].article] = true
		}
	}
	for _, d := range sampleDecisions(t) {
		for _, c := range d.Citations {
			if !listed[c] {
				t.Errorf("a %s decision cites %s, which no clause list declares", d.Ground, c)
			}
		}
	}
}

// sampleDecisions evaluates a spread of requests over every ground and kind.
func sampleDecisions(t testing.TB) []Decision {
	ev := Default()
	var out []Decision
	for g := GroundMarriage; g < numGrounds; g++ {
		for _, k := range []Kind{Transfer, Guest} {
			for _, dest := range []string{"Zanjan", "Tehran North", "Karaj", "Chalus", "Iranshahr"} {
				s, r := woman(t), wedding(t)
				r.Ground, r.Kind, r.Destination = g, k, dest
				fillFacts(t, &r)
				if d, err := ev.Evaluate(s, r); err == nil {
					out = append(out, d)
				}
			}
		}
	}
	return out
}

func TestConcurrentEvaluations(t *testing.T) {
	ev := Default()
	s, r := woman(t), wedding(t)
	want, err := ev.Evaluate(s, r)
	if err != nil {
		t.Fatal(err)
	}
	ro := r
	fillFacts(t, &ro)
	wantOpts, err := ev.Options(s, ro)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				opts, err := ev.Options(s, ro)
				if err != nil || len(opts) != len(wantOpts) || opts[0].Ground != wantOpts[0].Ground {
					t.Errorf("concurrent Options differ: %v", err)
					return
				}
			}
		}()
	}
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				d, err := ev.Evaluate(s, r)
				if err != nil || d.Outcome != want.Outcome || len(d.Findings) != len(want.Findings) {
					t.Errorf("concurrent evaluation differs: %v %v", d.Outcome, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// BenchmarkEvaluate is one tr.2.1 decision with the units named as table 4
// spells them (Persian), the usual input.
func BenchmarkEvaluate(b *testing.B) {
	ev := Default()
	s, r := woman(b), wedding(b)
	s.Origin, r.Destination = "اراک", "زنجان"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Evaluate(s, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluateEnglishNames is the same with English unit names, which
// the lookup normalises first.
func BenchmarkEvaluateEnglishNames(b *testing.B) {
	ev := Default()
	s, r := woman(b), wedding(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Evaluate(s, r); err != nil {
			b.Fatal(err)
		}
	}
}

// fillFacts gives the request plausible facts for every ground.
func fillFacts(t testing.TB, r *Request) {
	r.Marriage = &Marriage{Date: day(t, "1401/05/20"), Permanent: true}
	r.Divorce = &Divorce{Date: day(t, "1402/01/01")}
	r.Isargar = &Isargar{}
	r.Illness = &Illness{}
	r.Guardianship = &Guardianship{}
	r.SeveralStudents = &SeveralStudents{}
	// Articles 8–13 belong to the second helper: their fact structs are left
	// zero here so that this file does not depend on their fields.
	r.Bereavement = &Bereavement{}
	r.StaffFamily = &StaffFamily{}
	r.FacultyFamily = &FacultyFamily{}
	r.Athlete = &Athlete{}
	r.OfficialFamily = &OfficialFamily{}
	r.SpecialCase = &SpecialCase{}
}

func TestOptions_BestFirst(t *testing.T) {
	ev := Default()
	s, r := woman(t), wedding(t)
	fillFacts(t, &r)
	r.Isargar = &Isargar{Category: MartyrChild}
	r.Destination = "Chalus" // group 3, from Arak (group 4): tr.7.2 guest only
	opts, err := ev.Options(s, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(opts) == 0 {
		t.Fatal("no options")
	}
	first := opts[0]
	if first.Decision.Outcome != ayin.Eligible || first.Decision.Granted.Kind != Transfer {
		t.Errorf("first option %s %s: %s %s; want an eligible transfer", first.Ground, first.Kind, first.Decision.Outcome, first.Decision.Granted.Kind)
	}
	for i := 1; i < len(opts); i++ {
		if compareOptions(&opts[i-1], &opts[i]) > 0 {
			t.Errorf("options %d and %d out of order", i-1, i)
		}
	}
	var sawEquivGuest bool
	for _, o := range opts {
		if o.Ground == GroundEquivalence && o.Kind == Guest && o.Decision.Outcome == ayin.Eligible && o.Decision.Clause == "tr.7.2" {
			sawEquivGuest = true
		}
	}
	if !sawEquivGuest {
		t.Error("tr.7.2 guest option to a group one higher not listed as eligible")
	}
}

func TestDestinations_EquivalenceGroups(t *testing.T) {
	ev := Default()
	s, r := woman(t), wedding(t)
	rules, err := ev.Destinations(s, r) // Arak, group 4
	if err != nil {
		t.Fatal(err)
	}
	for _, rule := range rules {
		switch rule.Clause {
		case "tr.7.1":
			if len(rule.Groups) != 7 || rule.Groups[0] != 4 || len(rule.Units) == 0 {
				t.Errorf("tr.7.1 groups %v", rule.Groups)
			}
		case "tr.7.2":
			if len(rule.Groups) != 2 || rule.Groups[0] != 2 || rule.Groups[1] != 3 {
				t.Errorf("tr.7.2 groups %v; want [2 3]", rule.Groups)
			}
			for _, u := range rule.Units {
				if u.Name == "کرج" {
					t.Error("tr.7.2 lists Karaj")
				}
			}
		case "tr.2.2":
			t.Error("a woman is offered tr.2.2")
		}
	}
	// A man is offered tr.2.2, and neither tr.2.1 nor tr.2.3 (women only).
	s.Gender = Male
	rules, err = ev.Destinations(s, r)
	if err != nil {
		t.Fatal(err)
	}
	got := map[ayin.ClauseID]bool{}
	for _, rule := range rules {
		got[rule.Clause] = true
	}
	if !got["tr.2.2"] || got["tr.2.1"] || got["tr.2.3"] {
		t.Errorf("a man's marriage and divorce rules: %v", got)
	}
}

// BenchmarkOptions lists every ground and kind for one destination, with the
// facts of every ground of articles 2–7 given (and empty facts for 8–13).
func BenchmarkOptions(b *testing.B) {
	ev := Default()
	s, r := woman(b), wedding(b)
	s.Origin, r.Destination = "اراک", "زنجان"
	fillFacts(b, &r)
	r.Isargar = &Isargar{Category: MartyrChild}
	r.Illness = &Illness{Onset: day(b, "1402/01/01"), Confirmed: true}
	r.Guardianship = &Guardianship{Relative: Mother, OrderDate: day(b, "1402/01/01")}
	r.SeveralStudents = &SeveralStudents{Members: []Relative{Brother}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Options(s, r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDestinations(b *testing.B) {
	ev := Default()
	s, r := woman(b), wedding(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Destinations(s, r); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTr14_11_DestinationsElectronicOrigin(t *testing.T) {
	s, r := woman(t), wedding(t)
	s.Origin = "الکترونیکی"
	rules, err := Default().Destinations(s, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 1 || rules[0].Clause != "tr.14.11" || len(rules[0].Kinds) != 0 {
		t.Errorf("electronic origin: %+v; want the single tr.14.11 rule", rules)
	}
}

// TestTr14_BadInput_DecodedGround proves that an unknown ground met while
// decoding a request (JSON or YAML) is an error naming request.ground.
func TestTr14_BadInput_DecodedGround(t *testing.T) {
	var r Request
	err := json.Unmarshal([]byte(`{"ground":"lottery"}`), &r)
	var fe *FactError
	if !errors.As(err, &fe) || fe.Field != "request.ground" || !errors.Is(err, ErrUnknown) {
		t.Fatalf("decoding an unknown ground: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"ground":"tr.9"}`), &r); err != nil || r.Ground != GroundStaffFamily {
		t.Fatalf("decoding tr.9: %v %v", r.Ground, err)
	}
}
