package transfer

import (
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// The tests of articles 8–13. Their helpers carry the t813 prefix so that
// they do not depend on the helpers of the other ground files.

func t813Day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func t813Bool(b bool) *bool { return &b }

func t813Dec(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }

// t813Status is a clause's overall status: failed, then needs-confirmation,
// then held, then not-applicable; ok is false when the clause is not cited.
func t813Status(d Decision, c ayin.ClauseID) (st ayin.Status, ok bool) {
	rank := map[ayin.Status]int{ayin.NotApplicable: 0, ayin.Held: 1, ayin.NeedsConfirmation: 2, ayin.Failed: 3}
	st = ayin.NotApplicable
	for _, f := range d.Findings {
		if f.Clause == c {
			ok = true
			if rank[f.Status] > rank[st] {
				st = f.Status
			}
		}
	}
	return st, ok
}

// t813Case is one row of the tables below: an edit of the ground's base
// request, and what the decision must be.
type t813Case struct {
	name    string
	edit    func(*Student, *Request)
	outcome ayin.Outcome
	clause  ayin.ClauseID                 // Decision.Clause
	want    map[ayin.ClauseID]ayin.Status // each clause's overall status
	absent  []ayin.ClauseID               // clauses that must not be cited
	kind    Kind                          // Granted.Kind, when not NoKind
	terms   int                           // Granted.Terms, checked when kind is set
	cond    bool                          // Granted.Conditional, checked when kind is set
}

func t813Run(t *testing.T, base func(testing.TB) (Student, Request), cases []t813Case) {
	t.Helper()
	ev := Default()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, r := base(t)
			if tc.edit != nil {
				tc.edit(&s, &r)
			}
			d, err := ev.Evaluate(s, r)
			if err != nil {
				t.Fatal(err)
			}
			if d.Outcome != tc.outcome {
				t.Errorf("outcome %s, want %s", d.Outcome, tc.outcome)
			}
			if tc.clause != "" && d.Clause != tc.clause {
				t.Errorf("clause %s, want %s", d.Clause, tc.clause)
			}
			for c, want := range tc.want {
				got, ok := t813Status(d, c)
				if !ok {
					t.Errorf("%s is not cited (want %s)", c, want)
				} else if got != want {
					t.Errorf("%s is %s, want %s", c, got, want)
				}
				if ok && !d.Cites(c) {
					t.Errorf("%s has findings but is not among the citations %v", c, d.Citations)
				}
			}
			for _, c := range tc.absent {
				if d.Cites(c) {
					t.Errorf("%s is cited", c)
				}
			}
			if tc.kind != NoKind {
				g := d.Granted
				if g.Kind != tc.kind || g.Terms != tc.terms || g.Conditional != tc.cond {
					t.Errorf("granted %s, %d terms, conditional %v; want %s, %d, %v", g.Kind, g.Terms, g.Conditional, tc.kind, tc.terms, tc.cond)
				}
			}
			if t.Failed() {
				for _, f := range d.Findings {
					t.Logf("  %-10s %-18s %s", f.Clause, f.Status, f.Message.EN)
				}
			}
		})
	}
}

var (
	t813Held   = ayin.Held
	t813Failed = ayin.Failed
)

// --- Article 8

func t813Bereaved(t testing.TB) (Student, Request) {
	s := Student{Gender: Female, Level: ayin.BachelorContinuous, Origin: "Arak",
		ExamRegistration: t813Day(t, "1400/12/01"), SemestersCompleted: 2}
	r := Request{Kind: Transfer, Ground: GroundBereavement, Destination: "Zanjan", Date: t813Day(t, "1403/03/10"),
		Pages: 6, Offered: t813Bool(true),
		Bereavement: &Bereavement{Deceased: Father, Date: t813Day(t, "1402/07/15"), Married: t813Bool(false)}}
	return s, r
}

func TestTr8_Bereavement(t *testing.T) {
	ok := map[ayin.ClauseID]ayin.Status{"tr.8": t813Held, "tr.t6.8": t813Held}
	bad := map[ayin.ClauseID]ayin.Status{"tr.8": t813Failed}
	t813Run(t, t813Bereaved, []t813Case{
		{name: "tr.8 unmarried, father died after registration", outcome: ayin.Eligible, clause: "tr.8", want: ok, kind: Transfer},
		{name: "tr.8 unmarried, mother died, guest", edit: func(_ *Student, r *Request) { r.Kind, r.Bereavement.Deceased = Guest, Mother },
			outcome: ayin.Eligible, want: ok, kind: Guest, absent: []ayin.ClauseID{"tr.14.4", "tr.14.5"}},
		{name: "tr.8 married, spouse died", edit: func(_ *Student, r *Request) { r.Bereavement.Deceased, r.Bereavement.Married = Spouse, t813Bool(true) },
			outcome: ayin.Eligible, want: ok},
		{name: "tr.8 married, child died", edit: func(_ *Student, r *Request) { r.Bereavement.Deceased, r.Bereavement.Married = Child, t813Bool(true) },
			outcome: ayin.Eligible, want: ok},
		{name: "tr.8 on the registration day is not after it", edit: func(s *Student, r *Request) { r.Bereavement.Date = s.ExamRegistration },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.8 the day after registration", edit: func(s *Student, r *Request) { r.Bereavement.Date = s.ExamRegistration.AddDays(1) },
			outcome: ayin.Eligible, want: ok},
		{name: "tr.8 married student, spouse died before registration (E56)", edit: func(_ *Student, r *Request) {
			r.Bereavement.Deceased, r.Bereavement.Married, r.Bereavement.Date = Spouse, t813Bool(true), t813Day(t, "1399/01/01")
		}, outcome: ayin.Ineligible, want: bad},
		{name: "tr.8 married student, parent died (E56)", edit: func(_ *Student, r *Request) { r.Bereavement.Married = t813Bool(true) },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.8 unmarried student, child died (E56)", edit: func(_ *Student, r *Request) { r.Bereavement.Deceased = Child },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.8 a sister's death is not named", edit: func(_ *Student, r *Request) { r.Bereavement.Deceased = Sister },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.8 no group is excluded", edit: func(_ *Student, r *Request) { r.Destination = "Tehran North" },
			outcome: ayin.Eligible, want: ok},
		{name: "tr.8 waits a semester under tr.14.9", edit: func(s *Student, _ *Request) { s.SemestersCompleted = 0 },
			outcome: ayin.Ineligible, want: map[ayin.ClauseID]ayin.Status{"tr.8": t813Held, "tr.14.9": t813Failed}},
	})
}

// --- Article 9

func t813Staff(t testing.TB) (Student, Request) {
	s := Student{Gender: Female, Level: ayin.BachelorContinuous, Origin: "Arak", AdmissionScore: t813Dec("9000")}
	r := Request{Kind: Transfer, Ground: GroundStaffFamily, Destination: "Zanjan", Date: t813Day(t, "1403/03/10"),
		Pages: 8, Offered: t813Bool(true), DestinationMatches: t813Bool(true), LastAdmittedScore: t813Dec("10000"),
		StaffFamily: &StaffFamily{Relation: Child, FullTime: t813Bool(true), Appointment: "permanent"}}
	return s, r
}

func TestTr9_ScoreRatio(t *testing.T) {
	met := map[ayin.ClauseID]ayin.Status{"tr.9": t813Held, "tr.t6.9": t813Held, "tr.14.9": t813Held}
	below := map[ayin.ClauseID]ayin.Status{"tr.9": t813Failed, "tr.9.n": t813Held}
	t813Run(t, t813Staff, []t813Case{
		{name: "tr.9 90.00 % holds", outcome: ayin.Eligible, clause: "tr.9", want: met, kind: Transfer, absent: []ayin.ClauseID{"tr.9.n"}},
		{name: "tr.9.n 89.99 % gives two conditional guest terms", edit: func(s *Student, _ *Request) { s.AdmissionScore = t813Dec("8999") },
			outcome: ayin.Eligible, clause: "tr.9", want: below, kind: Guest, terms: 2, cond: true},
		{name: "tr.9.n 89.9999 % is still below", edit: func(_ *Student, r *Request) { r.LastAdmittedScore = t813Dec("10000.01") },
			outcome: ayin.Eligible, want: below, kind: Guest, terms: 2, cond: true},
		{name: "tr.9 above 100 % holds", edit: func(s *Student, _ *Request) { s.AdmissionScore = t813Dec("12000") },
			outcome: ayin.Eligible, want: met, kind: Transfer},
		{name: "tr.9 guest at 90 % has no term limit", edit: func(_ *Student, r *Request) { r.Kind = Guest },
			outcome: ayin.Eligible, want: met, kind: Guest},
		{name: "tr.9.n guest below 90 % gets the two terms (R5)", edit: func(s *Student, r *Request) { s.AdmissionScore, r.Kind = t813Dec("8999"), Guest },
			outcome: ayin.Eligible, want: below, kind: Guest, terms: 2, cond: true},
		{name: "tr.9.n no score when admitted without an exam (E57)", edit: func(s *Student, r *Request) {
			s.AdmissionScore, s.WithoutExam, r.NoExam = nil, true, NoExamUnit
		}, outcome: ayin.Eligible, want: below, kind: Guest, terms: 2, cond: true},
		{name: "tr.9 from admission, no semester needed", edit: func(s *Student, _ *Request) { s.SemestersCompleted = 0 },
			outcome: ayin.Eligible, want: met},
		{name: "tr.14.10 capacity completion still waits", edit: func(s *Student, _ *Request) { s.CapacityCompletion = true },
			outcome: ayin.Ineligible, want: map[ayin.ClauseID]ayin.Status{"tr.9": t813Held, "tr.14.10": t813Failed}},
	})
}

func TestTr9_StaffFamily(t *testing.T) {
	bad := map[ayin.ClauseID]ayin.Status{"tr.9": t813Failed}
	t813Run(t, t813Staff, []t813Case{
		{name: "tr.9 spouse of a contract employee (E59)", edit: func(_ *Student, r *Request) { r.StaffFamily.Relation, r.StaffFamily.Appointment = Spouse, "contract" },
			outcome: ayin.Eligible, want: map[ayin.ClauseID]ayin.Status{"tr.9": t813Held}},
		{name: "tr.9 probationary", edit: func(_ *Student, r *Request) { r.StaffFamily.Appointment = "probationary" },
			outcome: ayin.Eligible, want: map[ayin.ClauseID]ayin.Status{"tr.9": t813Held}},
		{name: "tr.9 a father is not spouse or child", edit: func(_ *Student, r *Request) { r.StaffFamily.Relation = Father },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.9 part time", edit: func(_ *Student, r *Request) { r.StaffFamily.FullTime = t813Bool(false) },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.9 another appointment", edit: func(_ *Student, r *Request) { r.StaffFamily.Appointment = "other" },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.9 not the personnel order's city (E58)", edit: func(_ *Student, r *Request) { r.DestinationMatches = t813Bool(false) },
			outcome: ayin.Ineligible, want: bad},
	})
}

func TestTr9n_Conversion(t *testing.T) {
	terms := func(units ...int) []GuestTerm {
		out := make([]GuestTerm, len(units))
		for i, u := range units {
			out[i] = GuestTerm{Units: u, GPA: decimal.NewFromInt(15)}
		}
		return out
	}
	conv := func(level ayin.Level, gpa string, units ...int) func(*Student, *Request) {
		return func(s *Student, r *Request) {
			s.Level, s.GPA, s.GuestTerms, s.SemestersCompleted = level, t813Dec(gpa), terms(units...), 2
			s.AdmissionScore = t813Dec("8000")
			r.Conversion = true
		}
	}
	pass := map[ayin.ClauseID]ayin.Status{"tr.9.n": t813Held}
	fail := map[ayin.ClauseID]ayin.Status{"tr.9.n": t813Failed}
	b := ayin.BachelorContinuous
	t813Run(t, t813Staff, []t813Case{
		{name: "tr.9.n 12 units each term and GPA 14.00 pass", edit: conv(b, "14", 12, 12), outcome: ayin.Eligible, want: pass, kind: Transfer},
		{name: "tr.9.n 11 units in a term fail", edit: conv(b, "14", 12, 11), outcome: ayin.Ineligible, want: fail},
		{name: "tr.9.n GPA 13.99 fails", edit: conv(b, "13.99", 12, 12), outcome: ayin.Ineligible, want: fail},
		{name: "tr.9.n only the last two terms count", edit: conv(b, "14", 5, 12, 12), outcome: ayin.Eligible, want: pass, kind: Transfer},
		{name: "tr.9.n one term is too early", edit: conv(b, "18", 20), outcome: ayin.Ineligible, want: fail},
		{name: "tr.9.n associate 12 units, GPA 14", edit: conv(ayin.Associate, "14", 12, 12), outcome: ayin.Eligible, want: pass, kind: Transfer},
		{name: "tr.9.n professional doctorate 12 units, GPA 14", edit: conv(ayin.ProfessionalDoctorate, "14", 12, 12), outcome: ayin.Eligible, want: pass, kind: Transfer},
		{name: "tr.9.n master's 8 units and GPA 15.00 pass", edit: conv(ayin.Master, "15", 8, 8), outcome: ayin.Eligible, want: pass, kind: Transfer},
		{name: "tr.9.n master's 7 units in a term fail", edit: conv(ayin.Master, "15", 8, 7), outcome: ayin.Ineligible, want: fail},
		{name: "tr.9.n master's GPA 14.99 fails", edit: conv(ayin.Master, "14.99", 8, 8), outcome: ayin.Ineligible, want: fail},
	})
}

// --- Article 10

func t813Faculty(t testing.TB) (Student, Request) {
	s := Student{Gender: Female, Level: ayin.BachelorContinuous, Origin: "Arak", AdmissionScore: t813Dec("9000")}
	r := Request{Kind: Transfer, Ground: GroundFacultyFamily, Destination: "Zanjan", Date: t813Day(t, "1403/03/10"),
		Pages: 8, Offered: t813Bool(true), DestinationMatches: t813Bool(true), LastAdmittedScore: t813Dec("10000"),
		FacultyFamily: &FacultyFamily{Relation: Child, University: "iau", Appointment: "permanent", Rank: "instructor", FullTime: t813Bool(true)}}
	return s, r
}

func TestTr10_1_Rank(t *testing.T) {
	ok := map[ayin.ClauseID]ayin.Status{"tr.10.1": t813Held, "tr.t6.10": t813Held, "tr.14.9": t813Held}
	bad := map[ayin.ClauseID]ayin.Status{"tr.10.1": t813Failed}
	rank := func(r string) func(*Student, *Request) {
		return func(_ *Student, q *Request) { q.FacultyFamily.Rank = r }
	}
	t813Run(t, t813Faculty, []t813Case{
		{name: "tr.10.1 instructor holds", outcome: ayin.Eligible, clause: "tr.10.1", want: ok, kind: Transfer,
			absent: []ayin.ClauseID{"tr.10.2", "tr.10.3", "tr.10.n1", "tr.10.n2"}},
		{name: "tr.10.1 below instructor fails", edit: rank("below-instructor"), outcome: ayin.Ineligible, clause: "tr.10.1", want: bad},
		{name: "tr.10.1 assistant professor", edit: rank("assistant-professor"), outcome: ayin.Eligible, want: ok},
		{name: "tr.10.1 associate professor", edit: rank("associate-professor"), outcome: ayin.Eligible, want: ok},
		{name: "tr.10.1 professor (Persian code)", edit: rank("استاد"), outcome: ayin.Eligible, want: ok},
		{name: "tr.10.1 spouse, fixed-term", edit: func(_ *Student, r *Request) {
			r.FacultyFamily.Relation, r.FacultyFamily.Appointment = Spouse, "fixed-term"
		},
			outcome: ayin.Eligible, want: ok},
		{name: "tr.10.1 another appointment fails", edit: func(_ *Student, r *Request) { r.FacultyFamily.Appointment = "other" },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.1 part time fails", edit: func(_ *Student, r *Request) { r.FacultyFamily.FullTime = t813Bool(false) },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.1 a brother is not child or spouse", edit: func(_ *Student, r *Request) { r.FacultyFamily.Relation = Brother },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.10 a retiree's family is covered (E62)", edit: func(_ *Student, r *Request) { r.FacultyFamily.Retired = true },
			outcome: ayin.Eligible, want: map[ayin.ClauseID]ayin.Status{"tr.10": t813Held, "tr.10.1": t813Held}},
		{name: "tr.10.1 outside the city of service fails", edit: func(_ *Student, r *Request) { r.DestinationMatches = t813Bool(false) },
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.1 a state-university destination fails", edit: func(_ *Student, r *Request) {
			k := ayin.State
			r.Destination, r.DestinationKind = "University of Tehran", &k
		}, outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.n1 89.99 % gives two conditional terms", edit: func(s *Student, _ *Request) { s.AdmissionScore = t813Dec("8999") },
			outcome: ayin.Eligible, want: map[ayin.ClauseID]ayin.Status{"tr.10.1": t813Failed, "tr.10.n1": t813Held}, kind: Guest, terms: 2, cond: true},
		{name: "tr.10.n1 conversion at 12 units and GPA 14", edit: func(s *Student, r *Request) {
			s.GPA, s.SemestersCompleted = t813Dec("14"), 2
			s.GuestTerms = []GuestTerm{{Units: 12, GPA: decimal.NewFromInt(14)}, {Units: 12, GPA: decimal.NewFromInt(14)}}
			r.Conversion = true
		}, outcome: ayin.Eligible, want: map[ayin.ClauseID]ayin.Status{"tr.10.n1": t813Held}, kind: Transfer},
		{name: "tr.10.n1 conversion at GPA 13.99 fails", edit: func(s *Student, r *Request) {
			s.GPA, s.SemestersCompleted = t813Dec("13.99"), 2
			s.GuestTerms = []GuestTerm{{Units: 12, GPA: decimal.NewFromInt(14)}, {Units: 12, GPA: decimal.NewFromInt(14)}}
			r.Conversion = true
		}, outcome: ayin.Ineligible, want: map[ayin.ClauseID]ayin.Status{"tr.10.n1": t813Failed}},
	})
}

func TestTr10n2_NearestUnit(t *testing.T) {
	t813Run(t, t813Faculty, []t813Case{
		{name: "tr.10.n2 nearest neighbouring unit", edit: func(_ *Student, r *Request) { r.FacultyFamily.FieldNotInCity = true },
			outcome: ayin.Eligible, want: map[ayin.ClauseID]ayin.Status{"tr.10.n2": t813Held, "tr.10.1": t813Held}},
		{name: "tr.10.n2 another unit", edit: func(_ *Student, r *Request) {
			r.FacultyFamily.FieldNotInCity, r.DestinationMatches = true, t813Bool(false)
		},
			outcome: ayin.Ineligible, want: map[ayin.ClauseID]ayin.Status{"tr.10.n2": t813Failed}},
		{name: "tr.10.n2 under tr.10.3", edit: func(_ *Student, r *Request) {
			r.FacultyFamily.FieldNotInCity, r.FacultyFamily.University = true, "state"
		},
			outcome: ayin.Eligible, clause: "tr.10.3", want: map[ayin.ClauseID]ayin.Status{"tr.10.n2": t813Held, "tr.10.3": t813Held}},
	})
}

// t813StateStudent makes the request a tr.10.2 one: the student is at a state university.
func t813StateStudent(s *Student, r *Request) {
	k := ayin.State
	s.Origin, s.OriginKind, s.AdmissionScore = "University of Tehran", &k, nil
	r.LastAdmittedScore, r.DestinationMatches = nil, nil
}

func TestTr10_2_Referred(t *testing.T) {
	bad := map[ayin.ClauseID]ayin.Status{"tr.10.2": t813Failed}
	with := func(f func(*FacultyFamily)) func(*Student, *Request) {
		return func(s *Student, r *Request) { t813StateStudent(s, r); f(r.FacultyFamily) }
	}
	t813Run(t, t813Faculty, []t813Case{
		{name: "tr.10.2 child of an official IAU instructor is referred", edit: t813StateStudent, outcome: ayin.Referred, clause: "tr.10.2",
			want: map[ayin.ClauseID]ayin.Status{"tr.10.2": t813Held, "tr.t6.10": t813Held}, absent: []ayin.ClauseID{"tr.10.n1", "tr.10.1", "tr.10.3"}, kind: Transfer},
		{name: "tr.10.2 spouse fails (E65)", edit: with(func(f *FacultyFamily) { f.Relation = Spouse }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.2 fixed-term fails (E65)", edit: with(func(f *FacultyFamily) { f.Appointment = "fixed-term" }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.2 below instructor fails", edit: with(func(f *FacultyFamily) { f.Rank = "below-instructor" }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.2 part time fails", edit: with(func(f *FacultyFamily) { f.FullTime = t813Bool(false) }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.2 tr.10.n2 does not apply (E69)", edit: with(func(f *FacultyFamily) { f.FieldNotInCity = true }), outcome: ayin.Referred,
			want: map[ayin.ClauseID]ayin.Status{"tr.10.n2": ayin.NotApplicable}},
	})
	s, r := t813Faculty(t)
	t813StateStudent(&s, &r)
	d, err := Default().Evaluate(s, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Approvals) != 2 || d.Approvals[0] != ayin.StudentAffairsDeputyCentre || d.Approvals[1] != ayin.CentralOrganization {
		t.Errorf("tr.10.2 approvals %v, want [student-affairs-deputy central]", d.Approvals)
	}
}

func TestTr10_3_NotMasters(t *testing.T) {
	state := func(f func(*Student, *Request)) func(*Student, *Request) {
		return func(s *Student, r *Request) {
			r.FacultyFamily.University = "state"
			if f != nil {
				f(s, r)
			}
		}
	}
	ok := map[ayin.ClauseID]ayin.Status{"tr.10.3": t813Held}
	bad := map[ayin.ClauseID]ayin.Status{"tr.10.3": t813Failed}
	t813Run(t, t813Faculty, []t813Case{
		{name: "tr.10.3 bachelor's at 90 %", edit: state(nil), outcome: ayin.Eligible, clause: "tr.10.3", want: ok, kind: Transfer,
			absent: []ayin.ClauseID{"tr.10.1", "tr.10.2"}},
		{name: "tr.10.3 master's fails whatever the score (E67)", edit: state(func(s *Student, _ *Request) { s.Level, s.AdmissionScore = ayin.Master, t813Dec("20000") }),
			outcome: ayin.Ineligible, clause: "tr.10.3", want: bad, absent: []ayin.ClauseID{"tr.10.n1"}},
		{name: "tr.10.3 master's needs no score", edit: state(func(s *Student, r *Request) { s.Level, s.AdmissionScore, r.LastAdmittedScore = ayin.Master, nil, nil }),
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.3 professional doctorate", edit: state(func(s *Student, _ *Request) { s.Level = ayin.ProfessionalDoctorate }),
			outcome: ayin.Eligible, want: ok},
		{name: "tr.10.3 associate", edit: state(func(s *Student, _ *Request) { s.Level = ayin.Associate }),
			outcome: ayin.Eligible, want: ok},
		{name: "tr.10.n1 under tr.10.3 at 89.99 %", edit: state(func(s *Student, _ *Request) { s.AdmissionScore = t813Dec("8999") }),
			outcome: ayin.Eligible, want: map[ayin.ClauseID]ayin.Status{"tr.10.3": t813Failed, "tr.10.n1": t813Held}, kind: Guest, terms: 2, cond: true},
		{name: "tr.10.3 fixed-term fails", edit: state(func(_ *Student, r *Request) { r.FacultyFamily.Appointment = "fixed-term" }),
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.3 spouse fails", edit: state(func(_ *Student, r *Request) { r.FacultyFamily.Relation = Spouse }),
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.3 below instructor fails", edit: state(func(_ *Student, r *Request) { r.FacultyFamily.Rank = "below-instructor" }),
			outcome: ayin.Ineligible, want: bad},
		{name: "tr.10.3 a state-university student is not covered", edit: state(func(s *Student, r *Request) {
			k := ayin.State
			s.Origin, s.OriginKind = "University of Tehran", &k
		}), outcome: ayin.Ineligible, want: bad},
	})
}

// --- Article 11

func t813Athlete(t testing.TB) (Student, Request) {
	s := Student{Gender: Male, Level: ayin.BachelorContinuous, Origin: "Arak", SemestersCompleted: 2}
	r := Request{Kind: Guest, Ground: GroundAthlete, Destination: "Tehran North", Date: t813Day(t, "1403/03/10"),
		Pages: 6, Offered: t813Bool(true),
		Athlete: &Athlete{NationalTeam: true, CampsNeed: true, Championship: "national", FederationLetter: true, SportsDeputyApproval: true}}
	return s, r
}

func TestTr11_Athlete(t *testing.T) {
	bad := map[ayin.ClauseID]ayin.Status{"tr.11": t813Failed}
	with := func(f func(*Athlete)) func(*Student, *Request) { return func(_ *Student, r *Request) { f(r.Athlete) } }
	t813Run(t, t813Athlete, []t813Case{
		{name: "tr.11 all five conditions, one guest term", outcome: ayin.Eligible, clause: "tr.11",
			want: map[ayin.ClauseID]ayin.Status{"tr.11": t813Held, "tr.t6.11": t813Held}, kind: Guest, terms: 1},
		{name: "tr.11 transfer is refused", edit: func(_ *Student, r *Request) { r.Kind = Transfer }, outcome: ayin.Ineligible, want: bad},
		{name: "tr.11 world championship", edit: with(func(a *Athlete) { a.Championship = "world" }), outcome: ayin.Eligible, kind: Guest, terms: 1},
		{name: "tr.11 no national team", edit: with(func(a *Athlete) { a.NationalTeam = false }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.11 no camps need", edit: with(func(a *Athlete) { a.CampsNeed = false }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.11 no championship", edit: with(func(a *Athlete) { a.Championship = "none" }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.11 no federation letter", edit: with(func(a *Athlete) { a.FederationLetter = false }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.11 no Sports Deputy approval", edit: with(func(a *Athlete) { a.SportsDeputyApproval = false }), outcome: ayin.Ineligible, want: bad},
		{name: "tr.11 waits a semester under tr.14.9", edit: func(s *Student, _ *Request) { s.SemestersCompleted = 0 }, outcome: ayin.Ineligible,
			want: map[ayin.ClauseID]ayin.Status{"tr.11": t813Held, "tr.14.9": t813Failed}},
	})
	s, r := t813Athlete(t)
	d, _ := Default().Evaluate(s, r)
	want := []ayin.Authority{ayin.SportsFederation, ayin.SportsDeputy, ayin.CentralOrganization}
	if fmt.Sprint(d.Approvals) != fmt.Sprint(want) {
		t.Errorf("tr.11 approvals %v, want %v", d.Approvals, want)
	}
}

// --- Article 12

func t813Official(t testing.TB) (Student, Request) {
	s := Student{Gender: Female, Level: ayin.BachelorContinuous, Origin: "Arak", SemestersCompleted: 2}
	r := Request{Kind: Guest, Ground: GroundOfficialFamily, Destination: "Tehran North", Date: t813Day(t, "1403/03/10"),
		Pages: 6, Offered: t813Bool(true), DestinationMatches: t813Bool(true),
		OfficialFamily: &OfficialFamily{Relation: Child, Office: "minister", InOffice: t813Bool(true)}}
	return s, r
}

func TestTr12_Officials(t *testing.T) {
	ok := map[ayin.ClauseID]ayin.Status{"tr.12": t813Held, "tr.t6.12": t813Held}
	bad := map[ayin.ClauseID]ayin.Status{"tr.12": t813Failed}
	office := func(o string) func(*Student, *Request) {
		return func(_ *Student, r *Request) { r.OfficialFamily.Office = o }
	}
	t813Run(t, t813Official, []t813Case{
		{name: "tr.12 a minister's child", outcome: ayin.Eligible, clause: "tr.12", want: ok, kind: Guest},
		{name: "tr.12 an MP's spouse", edit: func(s *Student, r *Request) { office("mp")(s, r); r.OfficialFamily.Relation = Spouse }, outcome: ayin.Eligible, want: ok},
		{name: "tr.12 a vice-president", edit: office("vice-president"), outcome: ayin.Eligible, want: ok},
		{name: "tr.12 a governor-general", edit: office("governor-general"), outcome: ayin.Eligible, want: ok},
		{name: "tr.12 an ambassador (Persian code)", edit: office("سفیر"), outcome: ayin.Eligible, want: ok},
		{name: "tr.12 another 71(c)/(d) office is confirmed (E74)", edit: office("article-71"), outcome: ayin.Eligible,
			want: map[ayin.ClauseID]ayin.Status{"tr.12": ayin.NeedsConfirmation}},
		{name: "tr.12 an office not covered", edit: office("other"), outcome: ayin.Ineligible, want: bad},
		{name: "tr.12 no longer in office (E75)", edit: func(_ *Student, r *Request) { r.OfficialFamily.InOffice = t813Bool(false) }, outcome: ayin.Ineligible, want: bad},
		{name: "tr.12 a mother is not spouse or child", edit: func(_ *Student, r *Request) { r.OfficialFamily.Relation = Mother }, outcome: ayin.Ineligible, want: bad},
		{name: "tr.12 away from the post", edit: func(_ *Student, r *Request) { r.DestinationMatches = t813Bool(false) }, outcome: ayin.Ineligible, want: bad},
		{name: "tr.12 transfer is refused", edit: func(_ *Student, r *Request) { r.Kind = Transfer }, outcome: ayin.Ineligible, want: bad},
	})
	s, r := t813Official(t)
	d, _ := Default().Evaluate(s, r)
	if !d.Granted.UntilEndOfYear || d.Granted.Terms != 0 {
		t.Errorf("tr.12 grant %+v, want guest until the end of the academic year", d.Granted)
	}
}

// --- Article 13

func t813Special(t testing.TB) (Student, Request) {
	s := Student{Gender: Female, Level: ayin.BachelorContinuous, Origin: "Arak", SemestersCompleted: 2}
	r := Request{Kind: Guest, Ground: GroundSpecialCase, Destination: "Tehran North", Date: t813Day(t, "1403/03/10"),
		Pages: 6, Offered: t813Bool(true), SpecialCase: &SpecialCase{Summary: "a grandparent's care"}}
	return s, r
}

func TestTr13_SpecialCases(t *testing.T) {
	t813Run(t, t813Special, []t813Case{
		{name: "tr.13 guest study is referred", outcome: ayin.Referred, clause: "tr.13",
			want: map[ayin.ClauseID]ayin.Status{"tr.13": t813Held, "tr.t6.13": t813Held}, kind: Guest},
		{name: "tr.13 a transfer is considered as guest study (E77)", edit: func(_ *Student, r *Request) { r.Kind = Transfer }, outcome: ayin.Referred,
			want: map[ayin.ClauseID]ayin.Status{"tr.13": t813Failed}, kind: Guest, absent: []ayin.ClauseID{"tr.14.4", "tr.14.5"}},
		{name: "tr.13 no facts needed", edit: func(_ *Student, r *Request) { r.SpecialCase = nil }, outcome: ayin.Referred, kind: Guest},
		{name: "tr.13 another ground's facts need confirmation", edit: func(_ *Student, r *Request) { r.OfficialFamily = &OfficialFamily{} },
			outcome: ayin.Referred, want: map[ayin.ClauseID]ayin.Status{"tr.13": ayin.NeedsConfirmation}},
		{name: "tr.13 outside the window is ineligible", edit: func(_ *Student, r *Request) { r.Date = t813Day(t, "1403/03/16") },
			outcome: ayin.Ineligible, want: map[ayin.ClauseID]ayin.Status{"tr.13": t813Held, "tr.1.s": t813Failed}},
		{name: "tr.13 waits a semester under tr.14.9", edit: func(s *Student, _ *Request) { s.SemestersCompleted = 0 },
			outcome: ayin.Ineligible, want: map[ayin.ClauseID]ayin.Status{"tr.14.9": t813Failed}},
	})
	s, r := t813Special(t)
	d, _ := Default().Evaluate(s, r)
	want := []ayin.Authority{ayin.TransferSpecialCases, ayin.CentralOrganization}
	if fmt.Sprint(d.Approvals) != fmt.Sprint(want) {
		t.Errorf("tr.13 approvals %v, want %v", d.Approvals, want)
	}
}

// --- documents, reviewers and the page charge, per article

func TestArt08to13_Documents(t *testing.T) {
	tests := []struct {
		base     func(testing.TB) (Student, Request)
		row      ayin.ClauseID
		reviewer ayin.Authority
		exempt   bool
	}{
		{t813Bereaved, "tr.t6.8", ayin.OriginUnit, false},
		{t813Staff, "tr.t6.9", ayin.CentralOrganization, false},
		{t813Faculty, "tr.t6.10", ayin.CentralOrganization, true},
		{t813Athlete, "tr.t6.11", ayin.CentralOrganization, false},
		{t813Official, "tr.t6.12", ayin.CentralOrganization, false},
		{t813Special, "tr.t6.13", ayin.CentralOrganization, false},
	}
	for _, tc := range tests {
		t.Run(string(tc.row), func(t *testing.T) {
			s, r := tc.base(t)
			r.Pages = 9
			d, err := Default().Evaluate(s, r)
			if err != nil {
				t.Fatal(err)
			}
			if d.Documents.Row != tc.row || d.Documents.Reviewer != tc.reviewer || len(d.Documents.Items) == 0 {
				t.Errorf("documents %s by %s (%d items), want %s by %s", d.Documents.Row, d.Documents.Reviewer, len(d.Documents.Items), tc.row, tc.reviewer)
			}
			if st, ok := t813Status(d, tc.row); !ok || st != ayin.Held {
				t.Errorf("%s not held in the findings", tc.row)
			}
			if d.Fee.Exempt != tc.exempt || (tc.exempt != d.Fee.Pages.Rials.IsZero()) {
				t.Errorf("page charge exempt %v (%s rials), want exempt %v", d.Fee.Exempt, d.Fee.Pages.Rials, tc.exempt)
			}
		})
	}
}

// --- bad input

func TestArt08to13_BadInput(t *testing.T) {
	tests := []struct {
		name  string
		base  func(testing.TB) (Student, Request)
		edit  func(*Student, *Request)
		kind  error
		field string
	}{
		{"tr.8 no facts", t813Bereaved, func(_ *Student, r *Request) { r.Bereavement = nil }, ErrMissingFact, "request.bereavement"},
		{"tr.8 no deceased", t813Bereaved, func(_ *Student, r *Request) { r.Bereavement.Deceased = RelativeUnknown }, ErrMissingFact, "request.bereavement.deceased"},
		{"tr.8 impossible deceased", t813Bereaved, func(_ *Student, r *Request) { r.Bereavement.Deceased = Relative(40) }, ErrImpossible, "request.bereavement.deceased"},
		{"tr.8 no marital status", t813Bereaved, func(_ *Student, r *Request) { r.Bereavement.Married = nil }, ErrMissingFact, "request.bereavement.married"},
		{"tr.8 no date", t813Bereaved, func(_ *Student, r *Request) { r.Bereavement.Date = calendar.Date{} }, ErrMissingFact, "request.bereavement.date"},
		{"tr.8 no exam registration", t813Bereaved, func(s *Student, _ *Request) { s.ExamRegistration = calendar.Date{} }, ErrMissingFact, "student.exam_registration"},
		{"tr.8 unmarried, spouse died", t813Bereaved, func(_ *Student, r *Request) { r.Bereavement.Deceased = Spouse }, ErrContradiction, "request.bereavement.married"},
		{"tr.8 death after the request", t813Bereaved, func(_ *Student, r *Request) { r.Bereavement.Date = t813Day(t, "1403/03/11") }, ErrContradiction, "request.bereavement.date"},

		{"tr.9 no facts", t813Staff, func(_ *Student, r *Request) { r.StaffFamily = nil }, ErrMissingFact, "request.staff_family"},
		{"tr.9 no relation", t813Staff, func(_ *Student, r *Request) { r.StaffFamily.Relation = RelativeUnknown }, ErrMissingFact, "request.staff_family.relation"},
		{"tr.9 no full time", t813Staff, func(_ *Student, r *Request) { r.StaffFamily.FullTime = nil }, ErrMissingFact, "request.staff_family.full_time"},
		{"tr.9 no appointment", t813Staff, func(_ *Student, r *Request) { r.StaffFamily.Appointment = "" }, ErrMissingFact, "request.staff_family.appointment"},
		{"tr.9 unknown appointment", t813Staff, func(_ *Student, r *Request) { r.StaffFamily.Appointment = "hourly" }, ErrUnknown, "request.staff_family.appointment"},
		{"tr.9 no score", t813Staff, func(s *Student, _ *Request) { s.AdmissionScore = nil }, ErrMissingFact, "student.admission_score"},
		{"tr.9 no last score", t813Staff, func(_ *Student, r *Request) { r.LastAdmittedScore = nil }, ErrMissingFact, "request.destination_last_score"},
		{"tr.9 no destination match", t813Staff, func(_ *Student, r *Request) { r.DestinationMatches = nil }, ErrMissingFact, "request.destination_matches"},
		{"tr.9.n conversion asked as guest", t813Staff, func(_ *Student, r *Request) { r.Conversion, r.Kind = true, Guest }, ErrContradiction, "request.conversion"},

		{"tr.10 no facts", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily = nil }, ErrMissingFact, "request.faculty_family"},
		{"tr.10 no relation", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily.Relation = RelativeUnknown }, ErrMissingFact, "request.faculty_family.relation"},
		{"tr.10 no university", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily.University = "" }, ErrMissingFact, "request.faculty_family.university"},
		{"tr.10 unknown university", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily.University = "private" }, ErrUnknown, "request.faculty_family.university"},
		{"tr.10 no appointment", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily.Appointment = "" }, ErrMissingFact, "request.faculty_family.appointment"},
		{"tr.10 unknown appointment", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily.Appointment = "visiting" }, ErrUnknown, "request.faculty_family.appointment"},
		{"tr.10 no rank", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily.Rank = "" }, ErrMissingFact, "request.faculty_family.rank"},
		{"tr.10 unknown rank", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily.Rank = "lecturer" }, ErrUnknown, "request.faculty_family.rank"},
		{"tr.10 no full time", t813Faculty, func(_ *Student, r *Request) { r.FacultyFamily.FullTime = nil }, ErrMissingFact, "request.faculty_family.full_time"},
		{"tr.10 clause against the facts", t813Faculty, func(_ *Student, r *Request) { r.Clause = "tr.10.2" }, ErrContradiction, "request.clause"},
		{"tr.10.n2 named, field offered in the city", t813Faculty, func(_ *Student, r *Request) { r.Clause = "tr.10.n2" }, ErrContradiction, "request.clause"},
		{"tr.10.1 no score", t813Faculty, func(s *Student, _ *Request) { s.AdmissionScore = nil }, ErrMissingFact, "student.admission_score"},

		{"tr.11 no facts", t813Athlete, func(_ *Student, r *Request) { r.Athlete = nil }, ErrMissingFact, "request.athlete"},
		{"tr.11 unknown championship", t813Athlete, func(_ *Student, r *Request) { r.Athlete.Championship = "provincial" }, ErrUnknown, "request.athlete.championship"},

		{"tr.12 no facts", t813Official, func(_ *Student, r *Request) { r.OfficialFamily = nil }, ErrMissingFact, "request.official_family"},
		{"tr.12 no relation", t813Official, func(_ *Student, r *Request) { r.OfficialFamily.Relation = RelativeUnknown }, ErrMissingFact, "request.official_family.relation"},
		{"tr.12 no office", t813Official, func(_ *Student, r *Request) { r.OfficialFamily.Office = "" }, ErrMissingFact, "request.official_family.office"},
		{"tr.12 unknown office", t813Official, func(_ *Student, r *Request) { r.OfficialFamily.Office = "mayor" }, ErrUnknown, "request.official_family.office"},
		{"tr.12 no in office", t813Official, func(_ *Student, r *Request) { r.OfficialFamily.InOffice = nil }, ErrMissingFact, "request.official_family.in_office"},
		{"tr.12 no destination match", t813Official, func(_ *Student, r *Request) { r.DestinationMatches = nil }, ErrMissingFact, "request.destination_matches"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, r := tc.base(t)
			tc.edit(&s, &r)
			_, err := Default().Evaluate(s, r)
			var fe *FactError
			if !errors.As(err, &fe) || !errors.Is(err, tc.kind) || fe.Field != tc.field {
				t.Fatalf("err = %v; want a %v on %s", err, tc.kind, tc.field)
			}
		})
	}
}

// TestArt08to13_CiteListedClauses checks that each decision of these grounds
// cites only clauses the package lists, and that every finding has both messages.
func TestArt08to13_CiteListedClauses(t *testing.T) {
	listed := map[ayin.ClauseID]bool{}
	for _, c := range Clauses() {
		listed[c] = true
	}
	variants := []func(*Student, *Request){
		func(*Student, *Request) {},
		func(_ *Student, r *Request) { r.Kind = Transfer },
		func(_ *Student, r *Request) { r.Kind = Guest },
		func(s *Student, _ *Request) { s.AdmissionScore = t813Dec("1") },
		func(s *Student, _ *Request) { s.SemestersCompleted = 0; s.CapacityCompletion = true },
	}
	for _, base := range []func(testing.TB) (Student, Request){t813Bereaved, t813Staff, t813Faculty, t813Athlete, t813Official, t813Special} {
		for _, v := range variants {
			s, r := base(t)
			v(&s, &r)
			d, err := Default().Evaluate(s, r)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range d.Findings {
				if !listed[f.Clause] {
					t.Errorf("a %s decision cites %s, which no clause list declares", d.Ground, f.Clause)
				}
				if f.Message.FA == "" || f.Message.EN == "" {
					t.Errorf("a %s finding on %s lacks a message", d.Ground, f.Clause)
				}
			}
		}
	}
	for _, g := range []Ground{GroundBereavement, GroundStaffFamily, GroundFacultyFamily, GroundAthlete, GroundOfficialFamily, GroundSpecialCase} {
		if g.Pending() {
			t.Errorf("%s is still pending", g)
		}
	}
}

// FuzzArt08to13 feeds random facts to the grounds of articles 8–13: never a
// panic, only *FactError errors, and complete decisions.
func FuzzArt08to13(f *testing.F) {
	f.Add(uint8(0), uint8(1), uint8(2), uint8(0xff), int16(9000), int16(10000), int16(2), uint8(12), uint8(14))
	f.Add(uint8(2), uint8(6), uint8(3), uint8(0x0f), int16(8999), int16(10000), int16(0), uint8(7), uint8(15))
	f.Add(uint8(5), uint8(0), uint8(9), uint8(0), int16(-1), int16(0), int16(-3), uint8(0), uint8(25))
	codes := []string{"", "permanent", "probationary", "contract", "fixed-term", "other", "instructor", "below-instructor",
		"professor", "iau", "state", "minister", "article-71", "national", "world", "none", "x"}
	f.Fuzz(func(t *testing.T, ground, rel, code, flags uint8, score, last, sems int16, units, gpa uint8) {
		g := []Ground{GroundBereavement, GroundStaffFamily, GroundFacultyFamily, GroundAthlete, GroundOfficialFamily, GroundSpecialCase}[int(ground)%6]
		c := func(i int) string { return codes[(int(code)+i)%len(codes)] }
		b := func(bit uint) *bool {
			if flags&(1<<bit) == 0 && bit%3 == 0 {
				return nil
			}
			v := flags&(1<<bit) != 0
			return &v
		}
		sc := decimal.NewFromInt(int64(score))
		ls := decimal.NewFromInt(int64(last))
		gp := decimal.New(int64(gpa)*100, -2)
		date := t813Day(t, "1403/03/10")
		s := Student{Gender: Gender(flags % 3), Level: ayin.Level(1 + flags%5), Origin: "Arak", AdmissionScore: &sc,
			SemestersCompleted: int(sems), ExamRegistration: date.AddDays(-int(score % 2000)), GPA: &gp,
			GuestTerms: []GuestTerm{{Units: int(units % 41), GPA: gp}, {Units: int(units % 13), GPA: gp}}}
		if flags&0x40 != 0 {
			k := ayin.State
			s.Origin, s.OriginKind = "University of Tehran", &k
		}
		r := Request{Kind: Kind(1 + flags%2), Ground: g, Destination: "Zanjan", Date: date, Pages: int(units),
			Offered: b(1), DestinationMatches: b(2), LastAdmittedScore: &ls, Conversion: flags&0x80 != 0, NoExam: NoExamAdmission(flags % 4),
			Bereavement:    &Bereavement{Deceased: Relative(rel % 9), Date: date.AddDays(-int(last % 3000)), Married: b(3)},
			StaffFamily:    &StaffFamily{Relation: Relative(rel % 9), FullTime: b(4), Appointment: c(0)},
			FacultyFamily:  &FacultyFamily{Relation: Relative(rel % 9), University: c(1), Appointment: c(2), Rank: c(3), FullTime: b(5), Retired: flags&1 != 0, FieldNotInCity: flags&2 != 0},
			Athlete:        &Athlete{NationalTeam: flags&1 != 0, CampsNeed: flags&2 != 0, Championship: c(4), FederationLetter: flags&4 != 0, SportsDeputyApproval: flags&8 != 0},
			OfficialFamily: &OfficialFamily{Relation: Relative(rel % 9), Office: c(5), InOffice: b(6)},
		}
		d, err := Default().Evaluate(s, r)
		if err != nil {
			var fe *FactError
			if !errors.As(err, &fe) || fe.Field == "" {
				t.Fatalf("error of type %T without a field: %v", err, err)
			}
			return
		}
		if d.Outcome == ayin.Undecided || len(d.Findings) == 0 || len(d.Citations) == 0 || d.Clause == "" {
			t.Fatalf("incomplete decision: %+v", d)
		}
		if d.Outcome == ayin.Ineligible && d.Granted.Kind != NoKind {
			t.Fatalf("an ineligible decision grants %s", d.Granted.Kind)
		}
	})
}

// --- benchmarks

func BenchmarkEvaluate_Art08(b *testing.B) { t813Bench(b, t813Bereaved, nil) }
func BenchmarkEvaluate_Art09(b *testing.B) { t813Bench(b, t813Staff, nil) }
func BenchmarkEvaluate_Art09Below(b *testing.B) {
	t813Bench(b, t813Staff, func(s *Student, _ *Request) { s.AdmissionScore = t813Dec("8999") })
}
func BenchmarkEvaluate_Art10(b *testing.B)   { t813Bench(b, t813Faculty, nil) }
func BenchmarkEvaluate_Art10_2(b *testing.B) { t813Bench(b, t813Faculty, t813StateStudent) }
func BenchmarkEvaluate_Art11(b *testing.B)   { t813Bench(b, t813Athlete, nil) }
func BenchmarkEvaluate_Art12(b *testing.B)   { t813Bench(b, t813Official, nil) }
func BenchmarkEvaluate_Art13(b *testing.B)   { t813Bench(b, t813Special, nil) }
func BenchmarkEvaluate_Art09Convert(b *testing.B) {
	t813Bench(b, t813Staff, func(s *Student, r *Request) {
		s.GPA, r.Conversion = t813Dec("14"), true
		s.GuestTerms = []GuestTerm{{Units: 12, GPA: decimal.NewFromInt(14)}, {Units: 12, GPA: decimal.NewFromInt(14)}}
	})
}

func t813Bench(b *testing.B, base func(testing.TB) (Student, Request), edit func(*Student, *Request)) {
	ev := Default()
	s, r := base(b)
	if edit != nil {
		edit(&s, &r)
	}
	if _, err := ev.Evaluate(s, r); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Evaluate(s, r); err != nil {
			b.Fatal(err)
		}
	}
}

// A staff member's child just below 90 % of the last admitted score: the
// transfer asked becomes two guest terms, converted after them under tr.9.n.
func ExampleEvaluator_Evaluate_staffFamily() {
	reg, _ := calendar.Parse("1403/03/10")
	score, last := decimal.NewFromInt(8999), decimal.NewFromInt(10000)
	yes := true
	d, err := Default().Evaluate(
		Student{Gender: Female, Level: ayin.BachelorContinuous, Origin: "Arak", AdmissionScore: &score},
		Request{Kind: Transfer, Ground: GroundStaffFamily, Destination: "Zanjan", Date: reg, Pages: 6,
			Offered: &yes, DestinationMatches: &yes, LastAdmittedScore: &last,
			StaffFamily: &StaffFamily{Relation: Child, FullTime: &yes, Appointment: "permanent"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, d.Clause, d.Granted.Kind, d.Granted.Terms, d.Granted.Conditional)
	fmt.Println(d.Granted.Convert.MinUnitsPerTerm, d.Granted.Convert.MinGPA, d.Approvals)
	f, _ := d.Finding("tr.9.n")
	fmt.Println(f.Message.EN)
	// Output:
	// eligible tr.9 guest 2 true
	// 12 14 [central]
	// Two guest terms are granted on condition of progress; a transfer follows if the conditions are met.
}

// A master's student whose parent teaches at a state university cannot use
// tr.10.3, whatever the score (E67).
func ExampleEvaluator_Evaluate_facultyFamilyMasters() {
	reg, _ := calendar.Parse("1403/03/10")
	yes := true
	d, _ := Default().Evaluate(
		Student{Gender: Male, Level: ayin.Master, Origin: "Arak"},
		Request{Kind: Guest, Ground: GroundFacultyFamily, Destination: "Zanjan", Date: reg, Pages: 6,
			Offered: &yes, DestinationMatches: &yes,
			FacultyFamily: &FacultyFamily{Relation: Child, University: "state", Appointment: "permanent", Rank: "professor", FullTime: &yes}})
	fmt.Println(d.Outcome, d.Clause)
	for _, f := range d.Findings {
		if f.Clause == "tr.10.3" && f.Status == ayin.Failed {
			fmt.Println(f.Message.EN)
		}
	}
	// Output:
	// ineligible tr.10.3
	// tr.10.3 cannot be applied at master's level, the two ministries not having agreed (E67).
}

// TestArt08to13_Concurrent evaluates the grounds of articles 8–13 from
// several goroutines at once (run with -race): decisions share only the
// edition's read-only values and the fixed messages.
func TestArt08to13_Concurrent(t *testing.T) {
	bases := []func(testing.TB) (Student, Request){t813Bereaved, t813Staff, t813Faculty, t813Athlete, t813Official, t813Special}
	want := make([]Decision, len(bases))
	for i, base := range bases {
		s, r := base(t)
		d, err := Default().Evaluate(s, r)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = d
	}
	done := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for j := 0; j < 100; j++ {
				i := (g + j) % len(bases)
				s, r := bases[i](t)
				d, err := Default().Evaluate(s, r)
				if err != nil || d.Outcome != want[i].Outcome || len(d.Findings) != len(want[i].Findings) || d.Granted != want[i].Granted {
					done <- fmt.Sprintf("%s differs: %v %v", want[i].Ground, d.Outcome, err)
					return
				}
			}
			done <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
