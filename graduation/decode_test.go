package graduation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ayinrules/ayin/graduation"
	"gopkg.in/yaml.v3"
)

// Facts and requests decode from snake_case YAML; impossible dates and
// unknown codes are errors, never panics.
func TestDecode_FactsAndRequests(t *testing.T) {
	var fa graduation.Facts
	err := yaml.Unmarshal([]byte(`
gender: مرد
exemption_card: true
items: [photograph]
final: {issued: true, form: مصوب, name: x, national_id: "1", level: associate, field: y, gpa: "17.25"}
`), &fa)
	if err != nil || fa.Gender != graduation.Male || !fa.ExemptionCard || fa.Final.Form != graduation.Approved || fa.Final.GPA.String() != "17.25" {
		t.Fatalf("facts = %+v, %v", fa, err)
	}
	bad := []string{
		"gender: other",
		"final: {form: certificate}",
		"particulars: {birth_date: 1403/07/31}",
		"particulars: {graduated: 1404/12/30}",
		"particulars: {level: doctor}",
	}
	for _, b := range bad {
		var f graduation.Facts
		if err := yaml.Unmarshal([]byte(b), &f); err == nil {
			t.Errorf("%q decoded without an error", b)
		}
	}
	var r graduation.DuplicateRequest
	if err := yaml.Unmarshal([]byte("notices: [1403/01/01, 1403/13/01]"), &r); err == nil {
		t.Error("month 13 decoded")
	}
	var tr graduation.TranscriptRequest
	if err := yaml.Unmarshal([]byte("certificate_copy: photocopy"), &tr); err == nil {
		t.Error("unknown certificate_copy decoded")
	}
}

func TestErrors_CarryTheStep(t *testing.T) {
	o := graduation.Default()
	_, err := o.Advance(graduation.NewFile(graduation.Facts{}), 2, day(t, "1402/01/01"))
	if !errors.Is(err, graduation.ErrOutOfOrder) || !strings.Contains(err.Error(), "step 2 (grad.issue.2)") || graduation.ReasonCode(err) != "out-of-order" {
		t.Fatalf("err = %v", err)
	}
	f := upTo(t, o, graduation.Facts{}, 1)
	_, err = o.Advance(f, 2, day(t, "1402/05/02"))
	if !strings.Contains(err.Error(), "grad.issue.2 photograph") {
		t.Fatalf("err does not name the missing item: %v", err)
	}
	var se *graduation.StepError
	errors.As(err, &se)
	if len(se.Missing) != 4 {
		t.Fatalf("missing = %v", se.Missing)
	}
	b, err := json.Marshal(se)
	if err != nil || !strings.Contains(string(b), `"clause":"grad.issue.2"`) {
		t.Fatalf("json = %s, %v", b, err)
	}
}
