package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/transfer"
)

// TestFastTransferJSON checks that the hand-written encoding of a transfer
// answer is the same JSON value as encoding/json's, for decisions that use
// every part: tuition, confidence notes, conditions, an ineligible outcome.
func TestFastTransferJSON(t *testing.T) {
	bodies := []string{
		marriageJSON,
		strings.Replace(marriageJSON, `"permanent": true`, `"permanent": false`, 1),
		`{"student": {"gender": "male", "level": "bachelor-continuous", "origin": "قزوین", "exam_registration": "1400/12/01", "semesters_completed": 4},
		  "request": {"kind": "guest", "ground": "equivalence", "destination": "کرج", "date": "1403/03/10", "pages": 9, "offered": true,
		  "tuition": {"fixed": "12000000", "variable": "30000000"}}}`,
		`{"student": {"gender": "female", "level": "bachelor-continuous", "origin": "اراک", "admission_score": 8500, "semesters_completed": 0},
		  "request": {"kind": "transfer", "ground": "staff-family", "destination": "زنجان", "date": "1403/04/20", "pages": 8, "offered": true,
		  "destination_matches": true, "destination_last_score": 10000, "staff_family": {"relation": "child", "full_time": true, "appointment": "permanent"}}}`,
	}
	ev := transfer.Default()
	for i, body := range bodies {
		var b transferBody
		dec := json.NewDecoder(strings.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&b); err != nil {
			t.Fatalf("body %d: %v", i, err)
		}
		d, err := ev.Evaluate(b.Student, b.Request)
		if err != nil {
			t.Fatalf("body %d: %v", i, err)
		}
		for _, l := range []ayin.Lang{ayin.Persian, ayin.English} {
			fast, err := appendExplained(nil, &d, l)
			if err != nil {
				t.Fatal(err)
			}
			slow, err := json.Marshal(explained(d, d.Findings, l))
			if err != nil {
				t.Fatal(err)
			}
			var a, e any
			if err := json.Unmarshal(fast, &a); err != nil {
				t.Fatalf("body %d: the fast encoding is not JSON: %v\n%s", i, err, fast)
			}
			if err := json.Unmarshal(slow, &e); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, e) {
				t.Errorf("body %d (%s): fast and encoding/json differ:\nfast %s\njson %s", i, l, fast, slow)
			}
		}
	}
}

func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", `quote " and \ back`, "tab\tnew\nline\r", "\x01\x1f", "فارسی «گیومه» ۱۴۰۳", "line\u2028sep\u2029", "bad \xff utf8", "<html>&"} {
		got := appendString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("%q: %s is not a JSON string: %v", s, got, err)
			continue
		}
		want := s
		if !strings.Contains(s, "\xff") && back != want {
			t.Errorf("%q: round trip gave %q", s, back)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("فارسی \"x\" \\ \n")
	f.Fuzz(func(t *testing.T, s string) {
		var back string
		if err := json.Unmarshal(appendString(nil, s), &back); err != nil {
			t.Fatalf("%q: not a JSON string: %v", s, err)
		}
		want, _ := json.Marshal(s)
		var w string
		_ = json.Unmarshal(want, &w)
		if back != w {
			t.Fatalf("%q: decodes to %q, encoding/json's to %q", s, back, w)
		}
	})
}
