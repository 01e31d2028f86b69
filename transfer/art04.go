package transfer

import "github.com/ayinrules/ayin"

var art04Clauses = []ayin.ClauseID{}

var art04Pending = true

func evalArt04(e *eval) error { return e.notYetEncoded("tr.4") }

// Illness is a placeholder.
type Illness struct{}
