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
//     Student.ExamRegistration: an event on that very day is "before"; an event
//     dated after the request is a contradiction.
//   - Request.DestinationMatches is the caller's statement that the
//     destination is where the ground points (the husband's city or the nearest
//     unit offering the field, the family's residence, the place of service …):
//     the library has no map of cities, so it is a required fact, not computed.
//   - tr.1.h.1 with tr.14.3: Request.Unverified refuses the request whatever the
//     ground (the disciplinary side is outside the library).
//   - tr.1.h.2.n2 is checked only when Request.Scans is given; 600×800 is
//     accepted as well as 800×600, and "jpeg" as "jpg".
//   - tr.14.4 and tr.14.5 judge the kind granted, not the kind asked: a transfer
//     asked below 90 % is granted as guest terms (tr.9.n), which they do not bar.
//   - tr.14.6: the two-term limit counts every guest term in Student.GuestTerms;
//     a destination that does not admit without an exam in a city where another
//     unit does is given the limit with a needs-confirmation finding (E82 speaks
//     of the unit in one sentence and of the city in the next).
//   - tr.14.7's Examination Centre has no code in the root vocabulary; it is
//     ExamCentre ("exam-centre").
//   - tr.14.8 (guest grades, Form No. 1) is an obligation, not a condition: it
//     is not a finding.
//   - tr.14.9: Student.RegisteredAtOrigin, when omitted, is taken as true once a
//     semester is completed at the origin.
//   - tr.14.12: the "Education Deputies" of both units are recorded as the
//     origin and destination units' approvals, with the special-cases commission;
//     the thesis rule applies to a guest request only.
//   - tr.3 (E26): the student's other categories go in Isargar.Also; the row is
//     chosen by category and percentage alone (3-1, then 3-2, then 3-3) and then
//     decided in full.
//   - tr.3.a: a new entrant under 3-1 (no semester completed) gets a held finding;
//     the origin does not review (table 6 names the Isargaran Commission).
//   - tr.3.c: a change of field goes only with a transfer under row 3-1 (E40).
//     Elsewhere, or when its conditions fail, no change of field is allowed: a
//     tr.3.c finding not met, and the request goes on in the student's own
//     field, which tr.14.2 refuses if it is not offered (tr.3.c's reading).
//     "Not higher" is the caller's fact ChangeOfField.NotHigher.
//   - tr.3.3.d: the grants already made in the period (Basij.GrantsInPeriod) are
//     the caller's count; when it is not given the cap is a needs-confirmation
//     finding rather than an error. An extension of the one grant is not a new
//     grant (E38).
//   - tr.4.1/tr.4.2: the competent authority's confirmation (Illness.Confirmed)
//     stands in for Appendix 1 (E45); a disability adds the Welfare office to
//     the approvals (tr.t6.4).
//   - tr.6: other family members are Relatives listed in SeveralStudents.Members;
//     "other units" is not checked against the origin itself.
//   - tr.7.4: the approvals are the origin and destination (the state university
//     as DestinationUniversity when it is the destination), the educational and
//     the student-transfer special-cases commissions; the outcome is referred.
//   - tr.7.3, tr.7.5: Grant.TuitionRates names the overseas or international
//     rates; the split of tr.1.j still applies (E51).
//   - Request.Clause, when given, must agree with the clause the facts lead
//     to (Decision.Clause): that clause, a more general one (tr.3.3 for
//     tr.3.3.a), a note or item of it (tr.9.n), tr.3.a–tr.3.c with row 3-1,
//     tr.10.n1/tr.10.n2 with tr.10.1/tr.10.3 (E69); otherwise it is a
//     contradiction naming request.clause.
//   - A destination in no group (Science and Research Alborz): a guest request
//     is barred by name under tr.7.2 (or tr.7.3, tr.7.5) before any group is
//     asked, since it cannot be "the same or a lower group" of tr.7.1; a
//     transfer, which only tr.7.1's comparison could allow, is an ErrNoGroup
//     error (rulings R7).
//   - A state university on either side: only tr.7.4 (ground equivalence) and
//     the faculty-family clauses address it; under any other ground the request
//     is refused on tr.7.4. A destination that is the student's own unit is a
//     contradiction.
//   - A student admitted without an exam has no admission score: the 90 % of
//     tr.9/tr.10 cannot hold and the note's two guest terms apply (E57).
//   - Options lists a ground when its facts are given (plus equivalence and
//     special cases, which need none), each as transfer and as guest; grounds
//     whose function is still a stub are left out.
//
// # Messages and numbers
//
// The findings' messages are fixed texts (rulings R22): they restate the
// clause as the 93/10 edition words it, numbers included ("at least 90 %",
// "up to six pages"). The decisions themselves use the numbers of the edition
// in force (TransferParams, each with its clause). An edition that changes a
// number therefore decides by the new value while a message may still quote
// the old one; such an edition should come with a library release that words
// the message anew.
package transfer
