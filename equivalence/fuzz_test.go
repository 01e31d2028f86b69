package equivalence_test

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/ayinrules/ayin/equivalence"
)

// FuzzLookup: any text is a unit, ErrEmptyName or an *UnknownUnitError —
// never a panic — and a found unit's group is 1–10 unless it is in no group,
// which Group then reports as an *UngroupedError.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"کرج", "واحد كرج", "تهران\u200cشمال", "Karaj Branch", "سما کرج", "مرکز سما", "سما",
		"علوم و تحقیقات البرز", "تهرن", "", "()", "\xff", "واحدواحد", "آموزشکده سما اندیشه", "IAU"} {
		f.Add(s)
	}
	tb := equivalence.Default()
	f.Fuzz(func(t *testing.T, name string) {
		u, err := tb.Lookup(name)
		g, gerr := tb.Group(name)
		var unk *equivalence.UnknownUnitError
		var ung *equivalence.UngroupedError
		switch {
		case err == nil:
			if u.Name == "" {
				t.Fatalf("Lookup(%q) found a unit without a name", name)
			}
			if u.Grouped() {
				if gerr != nil || g != u.Group || !g.Valid() {
					t.Fatalf("Lookup(%q) = %v but Group = %v, %v", name, u, g, gerr)
				}
			} else if !errors.As(gerr, &ung) || g != 0 {
				t.Fatalf("Lookup(%q) = %v (no group) but Group = %v, %v", name, u, g, gerr)
			}
			if !u.Inferred {
				// A listed unit is found again by its own name.
				if v, err := tb.Lookup(u.Name); err != nil || v.Name != u.Name {
					t.Fatalf("Lookup(%q) = %v, but Lookup(%q) = %v, %v", name, u, u.Name, v, err)
				}
			}
		case errors.Is(err, equivalence.ErrEmptyName):
			if !errors.Is(gerr, equivalence.ErrEmptyName) {
				t.Fatalf("Group(%q) = %v, want ErrEmptyName", name, gerr)
			}
		case errors.As(err, &unk):
			if unk.Name != name || len(unk.Suggestions) > 3 {
				t.Fatalf("Lookup(%q): %#v", name, unk)
			}
			for _, s := range unk.Suggestions {
				if _, err := tb.Lookup(s); err != nil {
					t.Fatalf("Lookup(%q) suggests %q, which does not look up: %v", name, s, err)
				}
			}
		default:
			t.Fatalf("Lookup(%q): unexpected error %T %v", name, err, err)
		}
		if utf8.ValidString(name) && len(tb.Search(name, 5)) > 5 {
			t.Fatalf("Search(%q) returned more than 5", name)
		}
	})
}
