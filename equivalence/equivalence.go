// Package equivalence is the ten-group equivalence table of Islamic Azad
// University's units (جدول هم‌ترازی, table 4 of regulation 93/10, tr.t4,
// tr.1.ch): every unit and centre in one of ten groups, group 1 the top (the
// most demanded). Transfers and guest study are allowed or barred by comparing
// the groups of the origin and the destination (tr.7.1, tr.7.2), and several
// grounds exclude group-1 units.
//
// The table of the default edition is a reconstruction of an OCR copy: each
// unit keeps its confidence (clear, corrected, uncertain) and the note saying
// what was read, so a caller can tell a confirmed group from a best reading.
// A registrar's corrected table drops in as a YAML edition (ayin.LoadFile).
//
// Names are matched as clerks type them: Arabic ي/ك for Persian ی/ک,
// zero-width non-joiners, spaces anywhere, brackets, a leading «واحد» or
// «دانشگاه آزاد اسلامی», and the English names of equivalence-table.csv in
// any case (rulings R19). A Sama centre the table lists has its row's group;
// an unlisted «سما X» takes the group of its mother unit X and says it was
// inferred (tr.t4.n, rulings R8). Science and Research Alborz, named by the
// regulation but in no group, is found by Lookup and is an *UngroupedError
// for Group (rulings R7). The comparisons of article 7 are Above,
// SameGroup (tr.6), SameOrLower (tr.7.1), UpToAbove (tr.7.2) and Group.Top.
package equivalence

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/calendar"
)

// Group is a group of the table, 1 to 10; group 1 is the top. The zero Group
// means "in no group" (a unit the regulation names but the table does not
// list, rulings R7).
type Group int

// Valid reports whether g is one of the groups 1–10.
func (g Group) Valid() bool { return g >= 1 && g <= 10 }

// String formats as "group 3", or "no group".
func (g Group) String() string {
	if !g.Valid() {
		return "no group"
	}
	return "group " + strconv.Itoa(int(g))
}

// Above returns how many groups dest stands above origin: positive when dest
// is a higher (more demanded, smaller-numbered) group, 0 for the same group,
// negative for a lower one. tr.7.1 allows dest ≤ 0 groups above; tr.7.2 allows
// one or two.
func Above(origin, dest Group) int { return int(origin) - int(dest) }

// Top reports whether g is group 1, the top of the table, which tr.7.2, tr.7.3
// and tr.7.5 (and several grounds of articles 2–6) exclude as a destination.
func (g Group) Top() bool { return g == 1 }

// SameGroup reports whether two units stand in the same group of the table
// (tr.6: guest study at another unit of the same group). A unit in no group
// is in the same group as nothing.
func SameGroup(a, b Group) bool { return a.Valid() && a == b }

// SameOrLower reports whether dest is in origin's group or a lower one
// (tr.7.1: «واحدهای هم تراز و پایینتر»). Both must be valid groups.
func SameOrLower(origin, dest Group) bool {
	return origin.Valid() && dest.Valid() && Above(origin, dest) <= 0
}

// UpToAbove reports whether dest is one to n groups above origin (tr.7.2:
// guest study «تا دو گروه بالاتر», n = 2, the number coming from the
// edition). The same or a lower group is not "above"; use SameOrLower for
// that. Both must be valid groups.
func UpToAbove(origin, dest Group, n int) bool {
	d := Above(origin, dest)
	return origin.Valid() && dest.Valid() && d >= 1 && d <= n
}

// Unit is one unit or centre of the table.
type Unit struct {
	Name       string          `json:"name"`    // Persian name as the table spells it
	English    string          `json:"name_en"` // English name
	Group      Group           `json:"group"`   // 1–10, or 0 when the table has no group for it
	Kind       ayin.UnitKind   `json:"kind"`
	Confidence ayin.Confidence `json:"confidence"`
	Note       string          `json:"note,omitempty"` // what the reconstruction read, and why
	// Inferred is set for a Sama centre the table does not list: it takes the
	// group of its mother unit (tr.t4.n), named in Mother.
	Inferred bool   `json:"inferred,omitempty"`
	Mother   string `json:"mother,omitempty"`
}

// Grouped reports whether the unit has a group in this table.
func (u Unit) Grouped() bool { return u.Group.Valid() }

// Uncertain reports whether the unit's name or group is only a best reading
// (or is inferred from an uncertain mother unit): decisions resting on it
// need a clerk's confirmation.
func (u Unit) Uncertain() bool { return u.Confidence == ayin.Uncertain }

// String returns the Persian name and the group, e.g. «کرج» (group 1).
func (u Unit) String() string { return fmt.Sprintf("%s (%s)", u.Name, u.Group) }

// UnknownUnitError is returned for a name the table does not hold; it
// suggests the closest names.
type UnknownUnitError struct {
	Name        string
	Suggestions []string
}

// Error names the unit and the suggestions.
func (e *UnknownUnitError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("equivalence: unknown unit %q", e.Name)
	}
	return fmt.Sprintf("equivalence: unknown unit %q; did you mean %s?", e.Name, strings.Join(quoteAll(e.Suggestions), ", "))
}

// UngroupedError is returned when the group of a unit in no group is asked
// for (Science and Research Alborz, named by tr.7.2/7.3/7.5 but absent from
// table 4: rulings R7).
type UngroupedError struct {
	Unit Unit
}

// Error names the unit.
func (e *UngroupedError) Error() string {
	return fmt.Sprintf("equivalence: unit %q is in no group of this edition of table 4", e.Unit.Name)
}

// ErrEmptyName is returned for an empty or blank unit name.
var ErrEmptyName = errors.New("equivalence: unit name is empty")

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = strconv.Quote(x)
	}
	return out
}

// Table is one version of the equivalence table, indexed for lookups. It is
// immutable and safe for concurrent use.
type Table struct {
	units   []Unit
	index   map[string]int // folded name, English name or alias → units
	exact   map[string]int // names exactly as listed → units (fast path)
	groups  [11][]int
	source  ayin.Source
	reading string

	suggestOnce sync.Once
	suggest     [][]nameKey // see suggestKeys
}

// Default returns the table of the embedded edition's newest version.
func Default() *Table { return defaultTable() }

var defaultTable = sync.OnceValue(func() *Table {
	rows, src := ayin.Default().Equivalence().Latest()
	return FromRows(rows, src)
})

// New returns the table of ed in force on asOf; a date before the table's
// first version is an error wrapping ayin.ErrBeforeFirstEdition.
func New(ed *ayin.Edition, asOf calendar.Date) (*Table, error) {
	rows, src, err := ed.Equivalence().At(asOf)
	if err != nil {
		return nil, err
	}
	return FromRows(rows, src), nil
}

// FromRows indexes one version of the table as the root package loaded it.
func FromRows(rows ayin.EquivalenceTable, src ayin.Source) *Table {
	t := &Table{
		units:   make([]Unit, 0, len(rows.Units)),
		index:   make(map[string]int, 3*len(rows.Units)),
		exact:   make(map[string]int, len(rows.Units)),
		source:  src,
		reading: rows.Reading,
	}
	for _, r := range rows.Units {
		i := len(t.units)
		t.units = append(t.units, Unit{Name: r.Name, English: r.English, Group: Group(r.Group), Kind: r.Kind,
			Confidence: r.Confidence, Note: r.Note})
		t.exact[r.Name] = i
		t.add(r.Name, i)
		if r.English != "" {
			t.add(r.English, i)
		}
		for _, a := range r.Aliases {
			t.add(a, i)
		}
		if g := r.Group; g >= 1 && g <= 10 {
			t.groups[g] = append(t.groups[g], i)
		}
	}
	return t
}

func (t *Table) add(name string, i int) {
	k := key(name)
	if _, dup := t.index[k]; !dup {
		t.index[k] = i
	}
}

// key folds a name for lookup: ayin.FoldKey, then without brackets and
// punctuation, a leading «واحد» or «دانشگاه آزاد اسلامی», or an English
// "unit"/"branch" word.
func key(name string) string { return string(appendKey(nil, name)) }

// appendKey appends the key of name to dst. It is ayin.FoldKey and key's
// trimming done in one pass without allocating (given room in dst), so a
// lookup by a name typed any which way stays within the Group target (R22).
// The key of a name must not change without the index: FuzzKey holds it to
// the composition of ayin.FoldKey and the trimming.
func appendKey(dst []byte, name string) []byte {
	start := len(dst)
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c == ' ' || (c >= '\t' && c <= '\r') || c == '(' || c == ')' || c == '-' || c == ',' || c == '.':
			default:
				dst = append(dst, c)
			}
			continue
		}
		// U+0600–U+06FF, two bytes in UTF-8 with a lead byte D8–DB: the
		// Persian letters of nearly every name, handled without decoding
		// through the Unicode tables (the Arabic block has no case and no
		// white space).
		if c >= 0xD8 && c <= 0xDB && i+1 < len(name) && name[i+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(name[i+1]&0x3F)
			switch {
			case r == 'ي' || r == 'ى':
				dst = utf8.AppendRune(dst, 'ی')
			case r == 'ك':
				dst = utf8.AppendRune(dst, 'ک')
			case r == 'ة':
				dst = utf8.AppendRune(dst, 'ه')
			case r >= '۰' && r <= '۹':
				dst = append(dst, byte('0'+r-'۰'))
			case r >= '٠' && r <= '٩':
				dst = append(dst, byte('0'+r-'٠'))
			case r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == '،':
				// tatweel and harakat carry no meaning in a name; the comma is punctuation
			default:
				dst = append(dst, c, name[i+1])
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		switch {
		case r == 0x200C || r == 0x200D || r == 0x200B || r == 0xFEFF || r == 0x200E || r == 0x200F || r == '«' || r == '»':
		case unicode.IsSpace(r):
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	k := dst[start:]
	for _, p := range keyPrefixes {
		if bytes.HasPrefix(k, p) {
			k = k[len(p):]
		}
	}
	for _, s := range keySuffixes {
		if bytes.HasSuffix(k, s) {
			k = k[:len(k)-len(s)]
		}
	}
	return k
}

var (
	keyPrefixes = [][]byte{[]byte("دانشگاهآزاداسلامی"), []byte("واحد"), []byte("iau"), []byte("islamicazaduniversity")}
	keySuffixes = [][]byte{[]byte("unit"), []byte("branch"), []byte("campus")}
)

// Source says which clause, version and edition the table came from.
func (t *Table) Source() ayin.Source { return t.source }

// Reading is the version's note on how the table was read.
func (t *Table) Reading() string { return t.reading }

// Units returns every unit in table order (a copy).
func (t *Table) Units() []Unit { return append([]Unit(nil), t.units...) }

// InGroup returns the units of group g in table order.
func (t *Table) InGroup(g Group) []Unit {
	if !g.Valid() {
		return nil
	}
	out := make([]Unit, len(t.groups[g]))
	for i, j := range t.groups[g] {
		out[i] = t.units[j]
	}
	return out
}

// Lookup finds a unit by its Persian or English name. It tolerates Arabic
// ي/ك, zero-width non-joiners, extra spaces, brackets and a leading «واحد».
// An unlisted Sama centre («سما X» or «X (سما)») takes the group of its mother
// unit X and is returned with Inferred set (tr.t4.n). An unknown name is an
// *UnknownUnitError with suggestions.
func (t *Table) Lookup(name string) (Unit, error) {
	i, inferred, err := t.find(name)
	if err != nil {
		return Unit{}, err
	}
	if !inferred {
		return t.units[i], nil
	}
	m := t.units[i]
	return Unit{
		Name: "سما " + m.Name, English: m.English + " (Sama)", Group: m.Group, Kind: ayin.Sama,
		Confidence: m.Confidence, Inferred: true, Mother: m.Name,
		Note: "not listed in table 4; takes the group of its mother unit (tr.t4.n)",
	}, nil
}

// find returns the row a name designates and whether the name is an unlisted
// Sama centre of that row's unit (tr.t4.n). It does not allocate unless the
// name is unknown, so that Group stays within its target.
func (t *Table) find(name string) (row int, inferred bool, err error) {
	if i, ok := t.exact[name]; ok {
		return i, false, nil
	}
	var buf [192]byte
	kb := appendKey(buf[:0], name)
	if len(kb) == 0 {
		return 0, false, ErrEmptyName
	}
	if i, ok := t.index[string(kb)]; ok { // no allocation: the compiler looks up the bytes
		return i, false, nil
	}
	if i, inferred, ok := t.sama(kb); ok {
		return i, inferred, nil
	}
	return 0, false, &UnknownUnitError{Name: name, Suggestions: t.Suggest(name, 3)}
}

// The ways a Sama centre is written around its mother unit's name, as keys:
// «آموزشکده سما X», «مرکز سما X», «سما X», or the same words after X.
var samaWords = [...][]byte{[]byte("آموزشکدهسما"), []byte("مرکزسما"), []byte("سما")}

var keyUnit = []byte("واحد")

// sama resolves «سما X», «X سما», «مرکز سما X», «آموزشکده سما X» to a listed Sama
// row (rulings R8), or else to the mother unit X's row with inferred set: the
// centre takes X's group (tr.t4.n). A mother unit in no group gives a centre
// in no group, so Group reports it as ungrouped rather than unknown.
func (t *Table) sama(k []byte) (row int, inferred, ok bool) {
	var mother []byte
	for _, w := range samaWords {
		if bytes.HasPrefix(k, w) {
			mother = k[len(w):]
			break
		}
		if bytes.HasSuffix(k, w) {
			mother = k[:len(k)-len(w)]
			break
		}
	}
	mother = bytes.TrimPrefix(mother, keyUnit)
	if len(mother) == 0 {
		return 0, false, false
	}
	// Listed as «X (سما)», «X (آموزشکده سما)» or «X (مرکز سما)».
	var buf [256]byte
	for i := len(samaWords) - 1; i >= 0; i-- {
		listed := append(append(buf[:0], mother...), samaWords[i]...)
		if r, ok := t.index[string(listed)]; ok {
			return r, false, true
		}
	}
	if r, ok := t.index[string(mother)]; ok {
		return r, true, true
	}
	return 0, false, false
}

// Group returns the group of a unit. A unit in no group is an
// *UngroupedError; an unknown one an *UnknownUnitError.
func (t *Table) Group(name string) (Group, error) {
	i, inferred, err := t.find(name)
	if err != nil {
		return 0, err
	}
	if g := t.units[i].Group; g.Valid() {
		return g, nil
	}
	u := t.units[i]
	if inferred {
		u, _ = t.Lookup(name)
	}
	return 0, &UngroupedError{Unit: u}
}

// Suggest returns up to n listed names closest to name: names that contain
// it or that it contains first, then by edit distance.
func (t *Table) Suggest(name string, n int) []string {
	ks := key(name)
	k := []rune(ks)
	if len(k) == 0 || n <= 0 || len(k) > maxSuggestRunes {
		return nil
	}
	type cand struct {
		i, d int
	}
	var cs []cand
	limit := len(k)/3 + 1
	var buf distBuf
	for i, names := range t.suggestKeys() {
		best := -1
		for _, nk := range names {
			var d int
			if strings.Contains(nk.s, ks) || (len(k) >= 3 && strings.Contains(ks, nk.s)) {
				d = 0
			} else {
				d = buf.distance(k, nk.r)
				if len(nk.r) > len(k)+1 {
					// «تهرن» should find «تهران شمال»: compare with the name's start too.
					d = min(d, buf.distance(k, nk.r[:len(k)+1])+1)
				}
			}
			if best < 0 || d < best {
				best = d
			}
		}
		if best >= 0 && best <= limit {
			cs = append(cs, cand{i, best})
		}
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].d < cs[b].d })
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, t.units[c.i].Name)
	}
	return out
}

// nameKey is a unit name's key as a string and as runes, for Suggest.
type nameKey struct {
	s string
	r []rune
}

// suggestKeys returns, per unit, the keys of its Persian and English names
// (an empty name left out), computed on the first call: only a failed lookup
// needs them, so building a table stays cheap.
func (t *Table) suggestKeys() [][]nameKey {
	t.suggestOnce.Do(func() {
		t.suggest = make([][]nameKey, len(t.units))
		for i, u := range t.units {
			for _, nm := range [...]string{u.Name, u.English} {
				if k := key(nm); k != "" {
					t.suggest[i] = append(t.suggest[i], nameKey{k, []rune(k)})
				}
			}
		}
	})
	return t.suggest
}

// maxSuggestRunes bounds the names Suggest compares: every unit name is far
// shorter, and the edit distance of a huge input would cost quadratic time.
const maxSuggestRunes = 80

// distBuf holds the two rows of the edit-distance matrix, reused across the
// comparisons of one Suggest call.
type distBuf struct{ prev, cur []int }

// distance is the Levenshtein distance between two rune slices.
func (buf *distBuf) distance(a, b []rune) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	if cap(buf.prev) < len(a)+1 {
		buf.prev, buf.cur = make([]int, len(a)+1, 2*len(a)+2), make([]int, len(a)+1, 2*len(a)+2)
	}
	prev, cur := buf.prev[:len(a)+1], buf.cur[:len(a)+1]
	for i := range prev {
		prev[i] = i
	}
	for j := 1; j <= len(b); j++ {
		cur[0] = j
		for i := 1; i <= len(a); i++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[i] = min(prev[i]+1, cur[i-1]+1, prev[i-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(a)]
}

// Search returns up to n units whose names contain q, then the closest by
// suggestion; for a search box.
func (t *Table) Search(q string, n int) []Unit {
	var out []Unit
	seen := map[int]bool{}
	k := key(q)
	if k == "" || n <= 0 {
		return nil
	}
	for i, names := range t.suggestKeys() {
		if len(out) == n {
			return out
		}
		for _, nk := range names {
			if strings.Contains(nk.s, k) {
				out = append(out, t.units[i])
				seen[i] = true
				break
			}
		}
	}
	for _, s := range t.Suggest(q, n) {
		if len(out) == n {
			break
		}
		if i := t.exact[s]; !seen[i] {
			out = append(out, t.units[i])
			seen[i] = true
		}
	}
	return out
}
