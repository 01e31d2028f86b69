package main

import (
	"net/http"
	"strings"
	"testing"
)

const graduateJSON = `{"student_id": "9821001", "unit": "تهران مرکزی", "level": "bachelor-noncontinuous",
 "field": "مهندسی کامپیوتر", "graduation_date": "1403/06/20", "gpa": "%GPA%", "semesters": 4,
 "equivalenced_courses": 0, "used_article_47": false, "prior_uses": 0, "use_date": "1403/06/25",
 "admission_field": "مهندسی کامپیوتر", "introduced_by_unit": true, "cohort_rank": 3, "registered": 100}`

func graduate(gpa string) string { return strings.Replace(graduateJSON, "%GPA%", gpa, 1) }

func TestHonorsEvaluate(t *testing.T) {
	ts := testServer(t)
	tests := []struct {
		name, body string
		status     int
		outcome    string
		field      string
	}{
		{"hon.1 at 17 is excellent", graduate("17"), 200, "eligible", ""},
		{"hon.1 at 16.99 is not", graduate("16.99"), 200, "ineligible", ""},
		{"gpa 21 is refused naming the field", graduate("21"), 422, "", "gpa"},
		{"malformed JSON", `{"gpa": `, 400, "", ""},
		{"an unknown field", `{"gpa": "17", "nickname": "x"}`, 400, "", "nickname"},
		{"a wrong type", `{"semesters": "four"}`, 400, "", "semesters"},
		{"two JSON values", graduate("17") + graduate("17"), 400, "", ""},
		{"an empty body", ``, 400, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, m := call(t, ts, "POST", "/v1/honors/evaluate", tc.body)
			if status != tc.status {
				t.Fatalf("status = %d, want %d (%v)", status, tc.status, m)
			}
			if tc.outcome != "" {
				d := m["decision"].(map[string]any)
				if d["outcome"] != tc.outcome {
					t.Errorf("outcome = %v, want %s", d["outcome"], tc.outcome)
				}
				if len(m["explain"].([]any)) == 0 {
					t.Error("no explanation lines")
				}
			}
			if tc.field != "" {
				if _, f := errField(m); f != tc.field {
					t.Errorf("field = %q, want %q (%v)", f, tc.field, m)
				}
			}
		})
	}
}

func TestOversizeBody(t *testing.T) {
	ts := testServer(t)
	body := `{"student_id": "` + strings.Repeat("x", maxBody) + `"}`
	status, m := call(t, ts, "POST", "/v1/honors/evaluate", body)
	if status != http.StatusRequestEntityTooLarge {
		t.Fatalf("status = %d, want 413 (%v)", status, m)
	}
}

func TestHonorsCohort(t *testing.T) {
	ts := testServer(t)
	g := func(id, gpa string) string {
		return `{"student_id": "` + id + `", "unit": "تهران مرکزی", "level": "bachelor-noncontinuous", "field": "حسابداری",
 "graduation_date": "1403/06/20", "gpa": "` + gpa + `", "semesters": 4, "equivalenced_courses": 0, "used_article_47": false,
 "prior_uses": 0, "use_date": "1403/06/25", "admission_field": "حسابداری", "introduced_by_unit": true}`
	}
	body := `{"registered": 20, "graduates": [` + g("1", "19") + `,` + g("2", "18.5") + `,` + g("3", "18") + `]}`
	status, m := call(t, ts, "POST", "/v1/honors/cohort", body)
	if status != 200 {
		t.Fatalf("status = %d (%v)", status, m)
	}
	// hon.4: floor(10% of 20) = 2 places.
	if sel := m["selected"].([]any); len(sel) != 2 || sel[0] != "1" || sel[1] != "2" {
		t.Errorf("selected = %v, want [1 2]", sel)
	}
	dup := `{"registered": 20, "graduates": [` + g("1", "19") + `,` + g("1", "18") + `]}`
	if status, m := call(t, ts, "POST", "/v1/honors/cohort", dup); status != 422 {
		t.Errorf("duplicate IDs: status = %d (%v)", status, m)
	}
}

func TestGraduationTrack(t *testing.T) {
	ts := testServer(t)
	body := `{"facts": {"gender": "female", "items": ["evaluation-fee-receipt"]}, "steps": [{"step": 1, "date": "1402/05/01"}]}`
	status, m := call(t, ts, "POST", "/v1/graduation/track", body, "Accept-Language", "en")
	if status != 200 {
		t.Fatalf("status = %d (%v)", status, m)
	}
	v := m["view"].(map[string]any)
	if v["reached"] != float64(1) || v["of"] != float64(16) || v["next_step"] != float64(2) {
		t.Errorf("view = %v, want step 1 of 16, next 2", v)
	}
	if line, _ := m["line"].(string); !strings.Contains(line, "1") {
		t.Errorf("line = %q", line)
	}
	bad := `{"facts": {}, "steps": [{"step": 2, "date": "1402/05/01"}]}`
	if status, m := call(t, ts, "POST", "/v1/graduation/track", bad); status != 422 {
		t.Errorf("out-of-order step: status = %d (%v)", status, m)
	}
}

func TestDuplicateCheck(t *testing.T) {
	ts := testServer(t)
	body := `{"date": "1403/03/01", "undertaking": true, "loss_reported": true, "attestation": true, "notarised_signatures": 1,
 "notices": ["1403/01/10", "1403/01/24", "1403/02/07"], "notice_copies": 3, "payment": {"amount": "300000"}}`
	status, m := call(t, ts, "POST", "/v1/duplicate/check", body)
	if status != 200 {
		t.Fatalf("status = %d (%v)", status, m)
	}
	if d := m["decision"].(map[string]any); d["outcome"] != "eligible" {
		t.Errorf("outcome = %v (%v)", d["outcome"], m["explain"])
	}
	short := strings.Replace(body, `"1403/01/24"`, `"1403/01/23"`, 1) // 13 days after the first
	status, m = call(t, ts, "POST", "/v1/duplicate/check", short)
	if d := m["decision"].(map[string]any); status != 200 || d["outcome"] != "ineligible" {
		t.Errorf("notices 13 days apart: status %d outcome %v", status, d["outcome"])
	}
}
