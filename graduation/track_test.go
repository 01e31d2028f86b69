package graduation_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/graduation"
)

func TestGradTrack_View(t *testing.T) {
	o := graduation.Default()
	tests := []struct {
		name        string
		done        int
		mutate      func(*graduation.Facts)
		stage       graduation.Stage
		provisional bool
		final       bool
		waiting     []ayin.Authority
	}{
		{name: "nothing recorded", done: 0, stage: graduation.StageFile, waiting: []ayin.Authority{ayin.GraduatesOffice}},
		{name: "step 1 done, documents missing", done: 1, mutate: func(f *graduation.Facts) { f.Items = without(f.Items, "photograph") }, stage: graduation.StageFile, waiting: []ayin.Authority{ayin.Graduate}},
		{name: "step 2 done, waiting on the conscription officer", done: 2, stage: graduation.StageFile, waiting: []ayin.Authority{ayin.ConscriptionOfficer}},
		{name: "step 6 done", done: 6, stage: graduation.StageFile, waiting: []ayin.Authority{ayin.GraduatesOffice}},
		{name: "step 7 done: provisional stage", done: 7, stage: graduation.StageProvisional, provisional: true, waiting: []ayin.Authority{ayin.GraduatesOffice}},
		{name: "step 9 done: head and deputy sign", done: 9, stage: graduation.StageProvisional, provisional: true, waiting: []ayin.Authority{ayin.HeadOfUnit, ayin.UnitStudentAffairsDeputy}},
		{name: "step 11 done: final stage", done: 11, stage: graduation.StageFinal, provisional: true, waiting: []ayin.Authority{ayin.GraduatesOffice}},
		{name: "step 12 done: final exists", done: 12, stage: graduation.StageFinal, provisional: true, final: true, waiting: []ayin.Authority{ayin.GraduatesOffice}},
		{name: "step 15 done: sent to the Organization next", done: 15, stage: graduation.StageFinal, provisional: true, final: true, waiting: []ayin.Authority{ayin.CentralOrganization}},
		{name: "complete", done: 16, stage: graduation.StageComplete, provisional: true, final: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fa := fullFacts(t)
			f := upTo(t, o, fa, tt.done)
			if tt.mutate != nil {
				tt.mutate(&fa)
				f = f.WithFacts(fa)
			}
			v, err := o.Track(f)
			if err != nil {
				t.Fatal(err)
			}
			if v.Reached != tt.done || v.Of != 16 || v.Stage != tt.stage || v.Provisional != tt.provisional || v.Final != tt.final {
				t.Fatalf("view = %+v", v)
			}
			var on []ayin.Authority
			for _, w := range v.Waiting {
				on = append(on, w.On)
			}
			if len(on) != len(tt.waiting) {
				t.Fatalf("waiting on %v, want %v", on, tt.waiting)
			}
			for i := range on {
				if on[i] != tt.waiting[i] {
					t.Fatalf("waiting on %v, want %v", on, tt.waiting)
				}
			}
			for i, s := range v.Steps {
				if s.Pending != (i >= tt.done) || (!s.Pending && s.Date.IsZero()) {
					t.Fatalf("step %d = %+v", i+1, s)
				}
			}
			if tt.done > 0 && v.Name.EN == "" {
				t.Fatal("no name for step k")
			}
		})
	}
	f := upTo(t, o, fullFacts(t), 7)
	v, _ := o.Track(f)
	if v.Line(ayin.English) != "step 7 of 16" || v.Line(ayin.Persian) != "مرحله 7 از 16" {
		t.Fatalf("line = %q / %q", v.Line(ayin.English), v.Line(ayin.Persian))
	}
}

func TestGradTrack_Step3NotApplicableShown(t *testing.T) {
	o := graduation.Default()
	fa := fullFacts(t)
	fa.Gender = graduation.Female
	v, err := o.Track(upTo(t, o, fa, 3))
	if err != nil {
		t.Fatal(err)
	}
	if v.Steps[2].Status != ayin.NotApplicable || v.Steps[1].Status != ayin.Held {
		t.Fatalf("steps = %+v", v.Steps[:3])
	}
	// Before step 3, a female graduate does not wait on the conscription letter.
	v, _ = o.Track(upTo(t, o, fa, 2))
	if len(v.Waiting) != 1 || v.Waiting[0].On != ayin.ConscriptionOfficer || v.Waiting[0].Clause != "grad.issue.3" {
		t.Fatalf("waiting = %+v", v.Waiting)
	}
}

func TestGradSvc_Availability(t *testing.T) {
	o := graduation.Default()
	tests := []struct {
		done      int
		available map[string]bool
	}{
		{0, map[string]bool{"provisional-certificate-delivery": false, "final-certificate-delivery": false, "inquiry-answers": true, "transcript-delivery": true, "financial-balance-delivery": true}},
		{9, map[string]bool{"provisional-certificate-delivery": false}},
		{10, map[string]bool{"provisional-certificate-delivery": true, "final-certificate-delivery": false}},
		{15, map[string]bool{"final-certificate-delivery": false}},
		{16, map[string]bool{"final-certificate-delivery": true}},
	}
	for _, tt := range tests {
		svcs, err := o.Services(upTo(t, o, fullFacts(t), tt.done))
		if err != nil {
			t.Fatal(err)
		}
		if len(svcs) != 5 {
			t.Fatalf("%d services", len(svcs))
		}
		for _, s := range svcs {
			if want, ok := tt.available[s.Code]; ok && s.Available != want {
				t.Errorf("after step %d: %s available = %v, want %v", tt.done, s.Code, s.Available, want)
			}
			if s.By != ayin.GraduatesOffice || s.ByClause != "grad.svc" {
				t.Errorf("%s by %s (%s)", s.Code, s.By, s.ByClause)
			}
			if (s.Clause == "grad.svc.1") != (s.Notice.FA != "") {
				t.Errorf("%s notice %q", s.Code, s.Notice.EN)
			}
		}
	}
}

// TestGradIssue_Actors_R17: every step's actor is the graduates' office
// except where the source names another — step 3 the conscripts' affairs
// officer (grad.issue.3), step 10 the head of the unit with the Student
// Affairs Deputy (grad.issue.10), step 15 the head of the unit
// (grad.issue.15), step 16 the Central Organization (grad.issue.16, E128).
// Stages: 1–6 the file, 7–10 provisional, 11–16 final.
func TestGradIssue_Actors_R17(t *testing.T) {
	steps := graduation.Default().Steps()
	if len(steps) != 16 {
		t.Fatalf("%d steps, want 16", len(steps))
	}
	for _, st := range steps {
		want, also := ayin.Authority("graduates-office"), []ayin.Authority(nil)
		switch st.Number {
		case 3:
			want = "conscription-officer"
		case 10:
			want, also = "head-of-unit", []ayin.Authority{"unit-student-deputy"}
		case 15:
			want = "head-of-unit"
		case 16:
			want = ayin.CentralOrganization
		}
		stage := graduation.StageFile
		switch {
		case st.Number >= 11:
			stage = graduation.StageFinal
		case st.Number >= 7:
			stage = graduation.StageProvisional
		}
		if st.Actor != want || !slices.Equal(st.Also, also) || st.Stage != stage {
			t.Errorf("step %d: actor %s also %v stage %s; want %s %v %s", st.Number, st.Actor, st.Also, st.Stage, want, also, stage)
		}
		if want := ayin.ClauseID("grad.issue." + strconv.Itoa(st.Number)); st.Clause != want {
			t.Errorf("step %d cites %s, want %s", st.Number, st.Clause, want)
		}
		if st.Name.FA == "" || st.Name.EN == "" {
			t.Errorf("step %d has no name in both languages: %v", st.Number, st.Name)
		}
	}
}

// TestGradTrack_CitesGradTrack: the view cites grad.track, a clause of the
// edition's catalog, before step 1 and once complete.
func TestGradTrack_CitesGradTrack(t *testing.T) {
	o := graduation.Default()
	for _, n := range []int{0, 16} {
		v, err := o.Track(upTo(t, o, fullFacts(t), n))
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := o.Edition().Clause(v.Clause); v.Clause != "grad.track" || !ok {
			t.Errorf("after %d steps the view cites %q (in the catalog: %v)", n, v.Clause, ok)
		}
	}
}
