package graduation

import (
	"fmt"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/fees"
)

// Office is the graduates' office (اداره فارغ التحصیلان) of one edition: the
// workflow, tracking, services and checklists over that edition's tables.
// An Office is immutable and safe for concurrent use.
type Office struct {
	ed   *ayin.Edition
	fees *fees.Schedule
}

// New returns the office of ed.
func New(ed *ayin.Edition) *Office { return &Office{ed: ed, fees: fees.New(ed)} }

var defaultOffice = New(ayin.Default())

// Default returns the office of the embedded edition.
func Default() *Office { return defaultOffice }

// Edition returns the edition the office reads.
func (o *Office) Edition() *ayin.Edition { return o.ed }

// tablesFor returns the graduation tables a file is run under: the version
// in force on the date its step 1 was recorded (a file keeps the tables it
// was opened under), or, for a file with nothing recorded, the version in
// force on opening (the date given) or the latest one when no date is known.
func (o *Office) tablesFor(f File, opening calendar.Date) (ayin.GraduationTables, error) {
	d := o.ed.Graduation()
	var day calendar.Date
	switch {
	case len(f.done) > 0:
		day = f.done[0].Date
	case !opening.IsZero():
		day = opening
	default:
		t, _ := d.Latest()
		if len(t.Steps) == 0 {
			return t, fmt.Errorf("graduation: the edition has no graduation steps")
		}
		return t, nil
	}
	t, _, err := d.At(day)
	if err != nil {
		return t, &StepError{Step: 1, Clause: "grad.issue.1", Reason: err, Detail: "no graduation tables in force on " + day.String()}
	}
	return t, nil
}
