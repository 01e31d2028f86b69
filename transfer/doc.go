// Package transfer decides guest and transfer requests under Islamic Azad
// University's regulation No. 93/10 (آیین نامه میهمانی و انتقال دانشجویان):
// may this student transfer (انتقال) or be a guest (میهمانی) at that unit, on
// which ground, with which approvals, documents, fee and window?
//
//	ev := transfer.Default()
//	d, err := ev.Evaluate(student, request)
//	// d.Outcome: eligible, ineligible, referred or not-covered
//	// d.Granted: what is granted (which can differ from what was asked)
//	// d.Approvals, d.Documents, d.Fee, d.Window, d.Confidence
//	// d.Findings: every clause checked, held or not, with a message in Persian and English
//	opts, err := ev.Options(student, request) // every ground and kind for a destination, best first
//
// # How a request is decided
//
// A request applies to a semester: the one it names, or else the next to
// start after its date (rulings R12). Every table — windows, fees, table 6,
// the equivalence table and the transfer params of ayin.yaml — is taken from
// the version governing that semester. The ground's function (art02.go …
// art13.go) applies the ground's own clauses; then the rules common to every
// ground (general.go): tr.1.h.1 (unverified facts), tr.14.11 (electronic
// origin), tr.14.2 (field offered, no academic ban), tr.14.4 (one transfer,
// 3-1 referred under tr.3.b), tr.14.5 (final semester), tr.14.6 and tr.14.7
// (admitted without an exam), tr.14.9 and tr.14.10 (when to apply), tr.14.12
// (a guest's thesis); then the window (tr.1.s, tr.t1 or tr.t2 with
// tr.1.s.n1, tr.14.1), the fee (tr.1.h.2, tr.t3, tr.1.h.2.n1 with the
// exemptions of rulings R18), the image format (tr.1.h.2.n2) and the guest
// tuition split (tr.1.j).
//
// The outcome is ineligible when any clause bars the request, else referred
// when a commission decides (tr.3.b, tr.7.4, tr.13, tr.14.12, tr.10.2), else
// eligible. A PhD request is not covered (rulings R1). Bad input — an unknown
// unit (with suggestions), a missing fact, contradictory facts, an impossible
// value — is a *FactError naming the field, never a decision.
//
// When a check rests on a unit whose group or kind the equivalence table reads
// as uncertain (Karaj, the electronic units, …), the decision carries a
// ConfidenceNote and a needs-confirmation finding on tr.t4.
//
// # Interpretations
//
// The readings of the reference and its errata are encoded as they stand;
// the numbers and their readings are in ayin.yaml (`transfer:`, `documents:`).
// Points the library decides itself:
//   - "After the exam registration" (tr.2, tr.4, tr.5, tr.8) is strictly after
//     Student.ExamRegistration; an event dated after the request is a
//     contradiction.
//   - tr.14.8 (guest grades, Form No. 1) is an obligation, not a condition: it
//     is not a finding.
//   - tr.14.6: the two-term limit counts every guest term in Student.GuestTerms;
//     a destination that does not admit without an exam in a city where another
//     unit does is given the limit with a needs-confirmation finding.
//   - tr.14.12: the "Education Deputies" of both units are recorded as the
//     origin and destination units' approvals, with the special-cases commission.
//   - tr.14.7's Examination Centre has no code in the root vocabulary; it is
//     ExamCentre ("exam-centre").
//   - tr.1.h.2.n2 is checked only when Request.Scans is given; 600×800 is
//     accepted as well as 800×600, and "jpeg" as "jpg".
//   - A student admitted without an exam has no admission score: the 90 % of
//     tr.9/tr.10 cannot hold and the note's two guest terms apply (E57).
package transfer
