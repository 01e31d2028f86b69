package graduation_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ayinrules/ayin/graduation"
)

func jsonMap(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestStepError_JSONReason: a JSON client sees the refusal's reason as the
// stable code of ReasonCode, beside the step and clause (grad.issue.2).
func TestStepError_JSONReason(t *testing.T) {
	o := graduation.Default()
	fa := fullFacts(t)
	fa.Items = without(fa.Items, "photograph")
	f := upTo(t, o, fa, 1)
	_, err := o.Advance(f, 2, day(t, "1402/06/01"))
	var se *graduation.StepError
	if !errors.As(err, &se) {
		t.Fatalf("err = %v, want a *StepError", err)
	}
	for _, v := range []any{se, *se} {
		m := jsonMap(t, v)
		if m["reason"] != "not-ready" || m["step"] != float64(2) || m["clause"] != "grad.issue.2" || m["missing"] == nil {
			t.Errorf("JSON = %v", m)
		}
	}
	_, err = o.Advance(f, 5, day(t, "1402/06/01"))
	if m := jsonMap(t, err); m["reason"] != "out-of-order" {
		t.Errorf("out of order: JSON = %v", m)
	}
}

// TestFactError_JSONReason: the same for a checklist's bad input (grad.dup.4).
func TestFactError_JSONReason(t *testing.T) {
	r := fullDuplicate(t)
	r.NoticeCopies = -1
	_, err := graduation.Default().Duplicate(r)
	m := jsonMap(t, err)
	if m["reason"] != "invalid-fact" || m["field"] != "notice_copies" {
		t.Fatalf("JSON = %v", m)
	}
}

// TestStepView_JSONPending (grad.track): a pending step has neither status
// nor date in JSON; a done one has both, and step 3 passed reads
// "not-applicable" (E125).
func TestStepView_JSONPending(t *testing.T) {
	o := graduation.Default()
	fa := fullFacts(t)
	fa.Gender = graduation.Female
	v, err := o.Track(upTo(t, o, fa, 3))
	if err != nil {
		t.Fatal(err)
	}
	steps := jsonMap(t, v)["steps"].([]any)
	done, na, pending := steps[0].(map[string]any), steps[2].(map[string]any), steps[3].(map[string]any)
	if done["status"] != "held" || done["date"] == nil || done["pending"] != false {
		t.Errorf("step 1 = %v", done)
	}
	if na["status"] != "not-applicable" {
		t.Errorf("step 3 = %v, want not-applicable", na)
	}
	if _, ok := pending["status"]; ok || pending["pending"] != true {
		t.Errorf("step 4 = %v, want pending without a status", pending)
	}
	if _, ok := pending["date"]; ok {
		t.Errorf("step 4 = %v, want no date", pending)
	}
}

// TestFacts_JSONRoundTrip: facts a client gets back (gender and form not
// stated, written "unknown") decode again to the same facts.
func TestFacts_JSONRoundTrip(t *testing.T) {
	fa := fullFacts(t)
	fa.Gender, fa.Final.Form = graduation.GenderUnknown, graduation.FormUnknown
	b, err := json.Marshal(fa)
	if err != nil {
		t.Fatal(err)
	}
	var back graduation.Facts
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	if back.Gender != fa.Gender || back.Final.Form != fa.Final.Form || len(back.Items) != len(fa.Items) ||
		back.Particulars.Name != fa.Particulars.Name || back.Provisional.GPA.Cmp(fa.Provisional.GPA) != 0 {
		t.Fatalf("round trip changed the facts:\n%+v\n%+v", fa, back)
	}
	r := fullTranscript(t)
	if b, err = json.Marshal(r); err != nil {
		t.Fatal(err)
	}
	var tr graduation.TranscriptRequest
	if err := json.Unmarshal(b, &tr); err != nil || tr.CertificateCopy != r.CertificateCopy {
		t.Fatalf("transcript request %s: %v", b, err)
	}
}
