package ayin

import "github.com/shopspring/decimal"

// TransferParams is one version of the transfer regulation's numbers (rulings
// R11): GPA thresholds, the 90 % score ratio, the conversion of guest terms,
// the table-5 bands and the Basij caps.
type TransferParams struct {
	GuestExtensionMinGPA Param[decimal.Decimal] // tr.3.3: GPA to extend the one guest term
}

type rawTransfer struct {
	GuestExtensionMinGPA rawNumParam `yaml:"guest_extension_min_gpa"`
}

func buildTransfer(c *checker, f string, r rawTransfer, _ string) TransferParams {
	return TransferParams{GuestExtensionMinGPA: numParam(c, f+".guest_extension_min_gpa", r.GuestExtensionMinGPA, 0, 20)}
}
