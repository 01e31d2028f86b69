package graduation

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ayinrules/ayin"
)

// The reasons a step is refused. A *StepError wraps exactly one of them, so
// callers test with errors.Is.
var (
	// ErrUnknownStep: the step number is not one of the edition's steps.
	ErrUnknownStep = errors.New("unknown step")
	// ErrOutOfOrder: the step is not the next one (E129: strictly 1 → 16).
	ErrOutOfOrder = errors.New("out of order")
	// ErrAlreadyDone: the step has already been recorded.
	ErrAlreadyDone = errors.New("already recorded")
	// ErrDateMissing: no date was given for the step.
	ErrDateMissing = errors.New("date missing")
	// ErrDateBeforePrevious: the date is earlier than the previous step's (E129).
	ErrDateBeforePrevious = errors.New("date before the previous step's")
	// ErrMissingFact: a fact the step's check needs is not stated (the
	// graduate's gender for grad.issue.3, the particulars for grad.issue.8).
	ErrMissingFact = errors.New("missing fact")
	// ErrInvalidFact: a fact is impossible or names an unknown item.
	ErrInvalidFact = errors.New("invalid fact")
	// ErrNotReady: the step's needs or check fail; the StepError's Findings
	// list each failed item with its clause.
	ErrNotReady = errors.New("preconditions not met")
)

// StepError is a refused step: which step, its clause, the reason (one of
// the Err… values above), the field at fault for a missing or invalid fact,
// and for ErrNotReady the findings, each failed item cited, and the
// missing items. In JSON the reason is its ReasonCode under "reason".
type StepError struct {
	Step     int           `json:"step"`               // the step asked for
	Clause   ayin.ClauseID `json:"clause,omitempty"`   // its clause, grad.issue.N; empty for an unknown step
	Reason   error         `json:"-"`                  // one of the Err… values; in JSON "reason": ReasonCode
	Field    string        `json:"field,omitempty"`    // snake_case path of the fact at fault, e.g. "particulars.name"
	Detail   string        `json:"detail,omitempty"`   // what is wrong, in English
	Findings ayin.Findings `json:"findings,omitempty"` // ErrNotReady: the step's findings, each failed one cited
	// Missing are the items the step still needs (ErrNotReady), each naming
	// who provides it.
	Missing []Item `json:"missing,omitempty"`
}

// Error formats as "graduation: step 2 (grad.issue.2): preconditions not met: …".
func (e *StepError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "graduation: step %d", e.Step)
	if e.Clause != "" {
		fmt.Fprintf(&b, " (%s)", e.Clause)
	}
	fmt.Fprintf(&b, ": %v", e.Reason)
	if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	if e.Detail != "" {
		fmt.Fprintf(&b, ": %s", e.Detail)
	}
	sep := ": "
	for _, f := range e.Findings {
		if f.Status == ayin.Failed {
			fmt.Fprintf(&b, "%s%s %s", sep, f.Clause, f.Message.EN)
			sep = "; "
		}
	}
	return b.String()
}

// Unwrap returns the reason.
func (e *StepError) Unwrap() error { return e.Reason }

// MarshalJSON encodes the error's fields with snake_case names and its
// reason as the stable code ReasonCode gives, so a JSON client can act on
// it: {"step": 2, "clause": "grad.issue.2", "findings": […], "missing": […],
// "reason": "not-ready"}.
func (e StepError) MarshalJSON() ([]byte, error) {
	type plain StepError // without this method
	return json.Marshal(struct {
		plain
		Reason string `json:"reason"`
	}{plain(e), ReasonCode(e.Reason)})
}

// ReasonCode returns a stable code of an error's reason, as the case files
// write it: "unknown-step", "out-of-order", "already-done", "date-missing",
// "date-before-previous", "missing-fact", "invalid-fact", "not-ready",
// "before-edition", or "other". nil gives "". A complete file is no error:
// Next reports it with Next.Complete, and Advance refuses step 16 again as
// "already-done" and step 17 as "unknown-step".
func ReasonCode(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrUnknownStep):
		return "unknown-step"
	case errors.Is(err, ErrOutOfOrder):
		return "out-of-order"
	case errors.Is(err, ErrAlreadyDone):
		return "already-done"
	case errors.Is(err, ErrDateMissing):
		return "date-missing"
	case errors.Is(err, ErrDateBeforePrevious):
		return "date-before-previous"
	case errors.Is(err, ErrMissingFact):
		return "missing-fact"
	case errors.Is(err, ErrInvalidFact):
		return "invalid-fact"
	case errors.Is(err, ErrNotReady):
		return "not-ready"
	case errors.Is(err, ayin.ErrBeforeFirstEdition):
		return "before-edition"
	}
	return "other"
}

// FactError is a checklist request (Duplicate, Transcript) with a missing,
// impossible or contradictory fact: the field at fault and what is wrong.
// In JSON the reason is its ReasonCode under "reason".
type FactError struct {
	Field  string `json:"field"`  // snake_case path of the fact at fault, e.g. "notices[2]"
	Reason error  `json:"-"`      // ErrMissingFact, ErrInvalidFact or one wrapping ayin.ErrBeforeFirstEdition; in JSON "reason": ReasonCode
	Detail string `json:"detail"` // what is wrong, in English
}

// Error formats as "graduation: field: problem".
func (e *FactError) Error() string {
	return fmt.Sprintf("graduation: %s: %v: %s", e.Field, e.Reason, e.Detail)
}

// Unwrap returns the reason.
func (e *FactError) Unwrap() error { return e.Reason }

// MarshalJSON encodes {"field": …, "detail": …, "reason": …}, the reason
// as the stable code ReasonCode gives ("missing-fact", "invalid-fact",
// "before-edition").
func (e FactError) MarshalJSON() ([]byte, error) {
	type plain FactError // without this method
	return json.Marshal(struct {
		plain
		Reason string `json:"reason"`
	}{plain(e), ReasonCode(e.Reason)})
}
