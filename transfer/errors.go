package transfer

import (
	"errors"
	"strings"
)

// The kinds of bad input, for errors.Is on a *FactError.
var (
	// ErrMissingFact: a fact the rule needs was left out (no disability percentage, no date).
	ErrMissingFact = errors.New("missing fact")
	// ErrImpossible: a value no student can have (GPA 21, −1 semesters, 120 %).
	ErrImpossible = errors.New("impossible value")
	// ErrContradiction: facts that contradict each other (a man under tr.2.1).
	ErrContradiction = errors.New("contradictory facts")
	// ErrUnknown: a unit, ground or code the edition does not know.
	ErrUnknown = errors.New("unknown value")
	// ErrNotInForce: the request applies to a semester before the regulation (rulings R12).
	ErrNotInForce = errors.New("not in force")
)

// FactError is the error for bad input. Field is the dotted YAML/JSON path of
// the fact at fault ("student.gpa", "request.isargaran.percent"); Other names
// the fact it contradicts, if any. Kind is one of the Err… values above, so
// errors.Is(err, transfer.ErrMissingFact) works; Cause, when set, is the
// underlying error (an *equivalence.UnknownUnitError with its suggestions),
// reachable with errors.As.
type FactError struct {
	Field   string
	Other   string
	Kind    error
	Problem string
	Cause   error
}

// Error formats as "transfer: student.gpa: impossible value: 21 is outside 0..20".
func (e *FactError) Error() string {
	var b strings.Builder
	b.WriteString("transfer: ")
	b.WriteString(e.Field)
	if e.Other != "" {
		b.WriteString(" (against ")
		b.WriteString(e.Other)
		b.WriteString(")")
	}
	b.WriteString(": ")
	if e.Kind != nil {
		b.WriteString(e.Kind.Error())
	}
	if e.Problem != "" {
		b.WriteString(": ")
		b.WriteString(e.Problem)
	}
	if e.Cause != nil {
		b.WriteString(": ")
		b.WriteString(e.Cause.Error())
	}
	return b.String()
}

// Is matches the error's kind.
func (e *FactError) Is(target error) bool { return target == e.Kind }

// Unwrap returns the underlying cause.
func (e *FactError) Unwrap() error { return e.Cause }

func missing(field, problem string) error {
	return &FactError{Field: field, Kind: ErrMissingFact, Problem: problem}
}

func impossible(field, problem string) error {
	return &FactError{Field: field, Kind: ErrImpossible, Problem: problem}
}

func contradiction(field, other, problem string) error {
	return &FactError{Field: field, Other: other, Kind: ErrContradiction, Problem: problem}
}

// ErrNoGroup: a unit the regulation names but table 4 does not group (Science
// and Research Alborz, rulings R7) was asked for its group by a rule that
// compares groups.
var ErrNoGroup = errors.New("in no group of this edition")
