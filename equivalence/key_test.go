package equivalence

import (
	"strings"
	"testing"

	"github.com/ayinrules/ayin"
)

// refKey is key as first written: ayin.FoldKey, then the punctuation and the
// prefixes and suffixes removed. appendKey must agree with it on every input.
func refKey(name string) string {
	k := ayin.FoldKey(name)
	k = strings.NewReplacer("(", "", ")", "", "«", "", "»", "", "-", "", "،", "", ",", "", ".", "").Replace(k)
	for _, p := range []string{"دانشگاهآزاداسلامی", "واحد", "iau", "islamicazaduniversity"} {
		k = strings.TrimPrefix(k, p)
	}
	for _, s := range []string{"unit", "branch", "campus"} {
		k = strings.TrimSuffix(k, s)
	}
	return k
}

func TestKeyMatchesFoldKey(t *testing.T) {
	for _, s := range []string{"", "کرج", " واحد  تهران\u200cشمال ", "KARAJ Branch", "Islamic Azad University, Karaj Branch",
		"علوم و تحقيقات (تهران)", "۱۲٣", "ـکـرج", "\xff\xfe", "İstanbul", "ΣΑΜΑ", "a\u00a0b", "a\u2028b", "دانشگاه آزاد اسلامی واحد"} {
		if got, want := key(s), refKey(s); got != want {
			t.Errorf("key(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzKey holds the allocation-free key to the composition of ayin.FoldKey
// and the trimming, which the index was built with.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"کرج", " واحد  تهران\u200cشمال ", "KARAJ Branch", "\xff", "İ", "a\u0085b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := key(s), refKey(s); got != want {
			t.Fatalf("key(%q) = %q, want %q", s, got, want)
		}
	})
}
