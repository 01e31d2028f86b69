package graduation

import (
	"strconv"

	"github.com/shopspring/decimal"
)

var twenty = decimal.NewFromInt(20)

func itoa(n int) string { return strconv.Itoa(n) }

func quote(s string) string { return strconv.Quote(s) }
