package ayin

import (
	"strings"
	"unicode"
)

// NormalizePersian returns s in the one spelling the tables use: Arabic yeh
// and kaf (ي ى ك) become Persian ی and ک, teh marbuta ة becomes ه, Persian and
// Arabic-Indic digits become Latin, zero-width non-joiners and other
// invisible joiners become spaces, tatweel and Arabic diacritics are dropped,
// and runs of white space collapse to one space with none at either end.
//
// Names typed by clerks differ from the printed tables in exactly these ways,
// so every lookup compares normalised text.
func NormalizePersian(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == 'ي' || r == 'ى':
			r = 'ی'
		case r == 'ك':
			r = 'ک'
		case r == 'ة':
			r = 'ه'
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670:
			continue // tatweel and harakat carry no meaning in a name
		case r == 0x200C || r == 0x200D || r == 0x200B || r == 0xFEFF || r == 0x200E || r == 0x200F:
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FoldKey returns the lookup key of a name: NormalizePersian with every space
// removed and Latin letters lower-cased, so «علوم و تحقیقات» and
// «علوم وتحقیقات» (or "Science and Research" in any case) meet.
func FoldKey(s string) string {
	n := NormalizePersian(s)
	var b strings.Builder
	b.Grow(len(n))
	for _, r := range n {
		if r == ' ' {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
