package graduation

import (
	"fmt"
	"sync"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
	"github.com/ayinrules/ayin/fees"
)

// Office is the graduates' office (اداره فارغ التحصیلان) of one edition: the
// workflow, tracking, services and checklists over that edition's tables.
// An Office is immutable and safe for concurrent use.
type Office struct {
	ed       *ayin.Edition
	fees     *fees.Schedule
	versions []version // the graduation tables' versions, oldest first
}

// version is one version of the graduation tables with its item index, so
// checking a file's items is a map lookup rather than a scan.
type version struct {
	from  calendar.Date
	t     ayin.GraduationTables
	index map[string]int // item code → position in t.Items
}

// New returns the office of ed.
func New(ed *ayin.Edition) *Office {
	o := &Office{ed: ed, fees: fees.New(ed)}
	d := ed.Graduation()
	for i := 0; i < d.Len(); i++ {
		t, src := d.Version(i)
		v := version{from: src.Effective, t: t, index: make(map[string]int, len(t.Items))}
		for j, it := range t.Items {
			v.index[it.Code] = j
		}
		o.versions = append(o.versions, v)
	}
	return o
}

var defaultOffice = sync.OnceValue(func() *Office { return New(ayin.Default()) })

// Default returns the office of the embedded edition, built on first use.
func Default() *Office { return defaultOffice() }

// Edition returns the edition the office reads.
func (o *Office) Edition() *ayin.Edition { return o.ed }

// tablesFor returns the graduation tables a file is run under: the version
// in force on the date its step 1 was recorded (a file keeps the tables it
// was opened under), or, for a file with nothing recorded, the version in
// force on opening (the date given) or the latest one when no date is known.
func (o *Office) tablesFor(f File, opening calendar.Date) (*version, error) {
	if len(o.versions) == 0 {
		return nil, fmt.Errorf("graduation: the edition has no graduation tables")
	}
	var day calendar.Date
	switch {
	case len(f.done) > 0:
		day = f.done[0].Date
	case !opening.IsZero():
		day = opening
	default:
		return &o.versions[len(o.versions)-1], nil
	}
	for i := len(o.versions) - 1; i >= 0; i-- {
		if !day.Before(o.versions[i].from) {
			return &o.versions[i], nil
		}
	}
	_, _, err := o.ed.Graduation().At(day)
	return nil, &StepError{Step: 1, Clause: "grad.issue.1", Reason: err, Detail: "no graduation tables in force on " + day.String()}
}

// itemMask checks the facts' item codes against a version and returns them
// as a set of positions. An unknown code is ErrInvalidFact, so a typo is
// never read as "the item is missing".
func (v *version) itemMask(fa Facts, st ayin.Step) (uint64, error) {
	var m uint64
	for i, c := range fa.Items {
		j, ok := v.index[c]
		if !ok {
			return 0, &StepError{Step: st.Number, Clause: st.Clause, Reason: ErrInvalidFact, Field: "items[" + itoa(i) + "]", Detail: "unknown item " + quote(c)}
		}
		if j < 64 {
			m |= 1 << uint(j)
		}
	}
	return m, nil
}

// holds reports whether the set has the item.
func (v *version) holds(m uint64, fa Facts, code string) (ayin.GraduationItem, bool) {
	j, ok := v.index[code]
	if !ok {
		return ayin.GraduationItem{Code: code}, false
	}
	if j < 64 {
		return v.t.Items[j], m&(1<<uint(j)) != 0
	}
	return v.t.Items[j], fa.has(code)
}
