package fees

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/ayinrules/ayin"
)

var ten = decimal.NewFromInt(10)

// Format writes an amount of rials for display: in Persian with Persian
// digits and the Arabic thousands separator, «۶۲۵٬۰۰۰ ریال»; in English
// "625,000 rials". Fractions of a rial, which no table has, are shown to two
// places.
func Format(rials decimal.Decimal, lang ayin.Lang) string {
	if lang == ayin.English {
		return group(rials, ',', '.', false) + " rials"
	}
	return group(rials, '٬', '٫', true) + " ریال"
}

// FormatToman writes an amount of rials in tomans (ten rials), the unit
// people say: «۶۲٬۵۰۰ تومان», "62,500 toman".
func FormatToman(rials decimal.Decimal, lang ayin.Lang) string {
	t := rials.Div(ten)
	if lang == ayin.English {
		return group(t, ',', '.', false) + " toman"
	}
	return group(t, '٬', '٫', true) + " تومان"
}

// group formats v with a thousands separator and, if needed, two decimals.
// It rounds to two places first, so 0.999 shows as 1 rather than 0.99 or
// 0.00, and an amount that rounds to zero carries no minus sign.
func group(v decimal.Decimal, thousands, point rune, persian bool) string {
	if v.Exponent() == 0 && v.Cmp(safeRials) < 0 && v.Cmp(zeroRials) >= 0 {
		return groupWhole(v.CoefficientInt64(), thousands, persian)
	}
	v = v.Round(2)
	neg := v.IsNegative()
	v = v.Abs()
	whole := v.Truncate(0)
	s := whole.String()
	frac := ""
	if !v.Equal(whole) {
		f := v.StringFixed(2)
		frac = f[strings.IndexByte(f, '.')+1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteRune(thousands)
		}
		b.WriteRune(digit(r, persian))
	}
	if frac != "" {
		b.WriteRune(point)
		for _, r := range frac {
			b.WriteRune(digit(r, persian))
		}
	}
	return b.String()
}

// groupWhole is group for the whole, non-negative amounts every table holds,
// without decimal arithmetic.
func groupWhole(n int64, thousands rune, persian bool) string {
	var digits [20]byte
	ds := strconv.AppendInt(digits[:0], n, 10)
	var out [64]byte
	b := out[:0]
	for i, c := range ds {
		if i > 0 && (len(ds)-i)%3 == 0 {
			b = utf8.AppendRune(b, thousands)
		}
		b = utf8.AppendRune(b, digit(rune(c), persian))
	}
	return string(b)
}

func digit(r rune, persian bool) rune {
	if persian && r >= '0' && r <= '9' {
		return '۰' + (r - '0')
	}
	return r
}
