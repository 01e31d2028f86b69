package transfer

import (
	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/fees"
)

// ExamCentre is the Examination Centre (مرکز آزمون) whose approval tr.14.7
// requires; the same code as ayin.ExaminationCentre.
const ExamCentre = ayin.ExaminationCentre

// generalClauses are the clauses the rules of this file cite.
var generalClauses = []ayin.ClauseID{
	"tr.1", "tr.1.h.1", "tr.1.s", "tr.1.s.n1", "tr.t1", "tr.t2", "tr.14.1",
	"tr.1.h.2", "tr.t3", "tr.1.h.2.n1", "tr.1.h.2.n2", "tr.1.j",
	"tr.14.2", "tr.14.4", "tr.14.5", "tr.14.6", "tr.14.7", "tr.14.9", "tr.14.10", "tr.14.11", "tr.14.12",
	"tr.3.b", "tr.t4", "tr.t4.n", "tr.t6",
}

// kind is what the rules of tr.14 judge: the kind granted when the ground set
// one (a transfer asked below 90 % is two guest terms, tr.9.n), else the kind asked.
func (e *eval) kind() Kind {
	if e.d.Granted.Kind != NoKind {
		return e.d.Granted.Kind
	}
	return e.r.Kind
}

// general applies the rules of Article 14 and tr.1.h.1 that hold for every
// ground (tr.14: "apply to every ground of Articles 2–13 unless they say
// otherwise").
func (e *eval) general() error {
	// tr.1.h.1, tr.14.3: a declared fact the reviewer could not verify refuses
	// the request, whatever the ground (and is a disciplinary matter).
	if e.r.Unverified {
		e.fail("tr.1.h.1", msgUnverified)
	}
	// Between a state university and IAU the regulation offers only the guest
	// study of tr.7.4 (and, for faculty families, tr.10.2 and tr.10.3): the
	// other grounds are for moves between IAU units (the library's reading).
	if (e.origin.kind == ayin.State || e.dest.kind == ayin.State) && e.r.Ground != GroundEquivalence && e.r.Ground != GroundFacultyFamily {
		e.fail("tr.7.4", msgStateOnly74)
	}
	e.tr14_11()
	e.tr14_2()
	e.tr14_4()
	e.tr14_5()
	if err := e.tr14_6and7(); err != nil {
		return err
	}
	e.tr14_9and10()
	e.tr14_12()
	return nil
}

// tr14_11: students of electronic units may not transfer or be guests. The
// ban is on the origin (E88, rulings R3); a request to an electronic unit
// stands on its ground, flagged for confirmation.
func (e *eval) tr14_11() {
	if e.origin.kind == ayin.Electronic {
		e.use(&e.origin, "tr.14.11")
		e.fail("tr.14.11", msgElectronicOrigin)
	} else if e.dest.kind == ayin.Electronic {
		e.use(&e.dest, "tr.14.11")
		e.confirm("tr.14.11", msgElectronicDest)
	}
}

// tr14_2: the field, specialisation and level offered at the destination,
// and no academic ban. A change of field under tr.3.c stands in for "offered".
func (e *eval) tr14_2() {
	switch {
	case e.s.AcademicBan:
		e.fail("tr.14.2", msgAcademicBan)
	case !*e.r.Offered && e.fieldChange:
		e.hold("tr.14.2", msgOfferedByFieldChange)
	case !*e.r.Offered:
		e.fail("tr.14.2", msgNotOffered)
	default:
		e.hold("tr.14.2", msgOffered)
	}
}

// tr14_4: one permanent transfer per course of study, except under 3-1, where
// a repeat transfer is referred to the Isargaran Commission (tr.3.b, E80).
func (e *eval) tr14_4() {
	if e.kind() != Transfer {
		return
	}
	switch {
	case e.s.TransfersUsed < e.p.MaxTransfers.Value:
		e.hold("tr.14.4", msgFirstTransfer)
	case e.repeatReferral:
		e.na("tr.14.4", msgRepeatException)
		e.refer("tr.3.b", msgRepeatReferred, ayin.IsargaranCommission)
	default:
		e.fail("tr.14.4", msgTransferUsed)
	}
}

// tr14_5: no permanent transfer in the final semester, whatever the ground
// (E81, rulings R4). Guest study is not affected.
func (e *eval) tr14_5() {
	if e.kind() != Transfer {
		return
	}
	if e.s.FinalSemester {
		e.fail("tr.14.5", msgFinalSemester)
	} else {
		e.hold("tr.14.5", msgNotFinalSemester)
	}
}

// tr14_6and7: students admitted without an examination (E82).
func (e *eval) tr14_6and7() error {
	if !e.s.WithoutExam {
		return nil
	}
	if e.r.NoExam == NoExamUnstated {
		return missing("request.destination_no_exam", "whether the destination admits without an exam (tr.14.6, tr.14.7): unit, city or none")
	}
	if e.kind() == Transfer {
		if e.r.NoExam == NoExamUnit {
			e.hold("tr.14.7", msgNoExamTransfer)
			e.approve(ayin.OriginUnit, ayin.DestinationUnit, ExamCentre, ayin.CentralOrganization)
		} else {
			e.fail("tr.14.7", msgNoExamTransferBarred)
		}
		return nil
	}
	e.approve(ayin.OriginUnit, ayin.DestinationUnit, ayin.CentralOrganization)
	switch e.r.NoExam {
	case NoExamUnit:
		e.hold("tr.14.6", msgNoExamGuest)
		return nil
	case NoExamCity:
		e.confirm("tr.14.6", msgNoExamGuestCity)
	}
	max := e.p.NoExamMaxGuestTerms.Value
	if len(e.s.GuestTerms) >= max {
		e.fail("tr.14.6", msgNoExamThirdTerm)
		return nil
	}
	if e.r.NoExam == NoExamNone {
		e.hold("tr.14.6", msgNoExamTwoTerms)
	}
	e.limitTerms(max - len(e.s.GuestTerms))
	return nil
}

// tr14_9and10: when a request may be made. 3-1 and articles 9 and 10 apply
// from admission (tr.14.9, tr.3.a); every other ground waits one semester at
// the origin, registered there (E86); capacity-completion admits wait one
// semester whatever the ground (tr.14.10, E87).
func (e *eval) tr14_9and10() {
	done := e.s.SemestersCompleted
	if e.s.CapacityCompletion {
		if done >= e.p.CapacityWait.Value {
			e.hold("tr.14.10", msgCapacityWaited)
		} else {
			e.fail("tr.14.10", msgCapacityWait)
		}
	}
	if e.fromAdmission {
		e.hold("tr.14.9", msgFromAdmission)
		return
	}
	registered := done > 0
	if e.s.RegisteredAtOrigin != nil {
		registered = *e.s.RegisteredAtOrigin
	}
	switch {
	case !registered:
		e.fail("tr.14.9", msgNotRegistered)
	case done < e.p.WaitSemesters.Value:
		e.fail("tr.14.9", msgWaitSemester)
	default:
		e.hold("tr.14.9", msgWaited)
	}
}

// tr14_12: a guest student's thesis at the destination: refused with an
// academic ban, otherwise referred to the student-transfer special-cases
// commission with the opinions of both units' Education Deputies (E52).
func (e *eval) tr14_12() {
	if !e.r.Thesis || e.kind() != Guest {
		return
	}
	if e.s.AcademicBan {
		e.fail("tr.14.12", msgThesisBan)
		return
	}
	e.refer("tr.14.12", msgThesisReferred, ayin.OriginUnit, ayin.DestinationUnit, ayin.TransferSpecialCases)
}

// money applies the window (tr.1.s, tr.t1/tr.t2, tr.14.1), the fee (tr.1.h.2,
// tr.t3, tr.1.h.2.n1), the image format (tr.1.h.2.n2) and the tuition split
// (tr.1.j).
func (e *eval) money(class ayin.DocumentClass) error {
	if err := e.window(); err != nil {
		return err
	}
	w := &e.d.Window
	replaced := w.Table == "tr.t2"
	if w.In {
		e.hold("tr.1.s", msgInWindow)
	} else {
		e.fail("tr.1.s", msgOutOfWindow)
		e.fail("tr.14.1", msgOnlyInWindow)
	}
	e.hold(w.Table, msgWindowTable)
	if replaced {
		e.hold("tr.1.s.n1", msgWindowReplaced)
	}

	if err := e.fee(class); err != nil {
		return err
	}
	fee := &e.d.Fee
	e.hold("tr.1.h.2", msgReviewFee)
	e.hold("tr.t3", msgReviewFeeTable)
	switch {
	case fee.Exempt:
		e.hold("tr.1.h.2.n1", msgPagesExempt)
	case fee.ExtraPages > 0:
		e.hold("tr.1.h.2.n1", msgPagesCharged)
	default:
		e.hold("tr.1.h.2.n1", msgPagesFree)
	}

	if sc := e.r.Scans; sc != nil {
		p := e.p
		dims := (sc.Width == p.ScanWidth.Value && sc.Height == p.ScanHeight.Value) ||
			(sc.Width == p.ScanHeight.Value && sc.Height == p.ScanWidth.Value)
		format := sc.Format == p.ScanFormat.Value || (p.ScanFormat.Value == "jpg" && (sc.Format == "jpeg" || sc.Format == "JPG" || sc.Format == "JPEG"))
		if dims && format && sc.Kilobytes <= p.ScanMaxKB.Value {
			e.hold("tr.1.h.2.n2", msgScansOK)
		} else {
			e.fail("tr.1.h.2.n2", msgScansBad)
		}
	}

	if t := e.r.Tuition; t != nil && e.kind() == Guest {
		split, err := fees.GuestTuition(t.Fixed, t.Variable)
		if err != nil {
			return &FactError{Field: "request.tuition", Kind: ErrImpossible, Cause: err}
		}
		e.d.Tuition = &split
		e.hold("tr.1.j", msgTuitionSplit)
	}
	return nil
}

// window fills Decision.Window once per evaluation (Options computes it once
// for all its grounds: the window does not depend on the ground).
func (e *eval) window() error {
	if e.winDone {
		return nil
	}
	w := &e.d.Window
	ws, err := e.tt.Windows(e.sem)
	if err != nil {
		return &FactError{Field: "request.semester", Kind: ErrNotInForce, Cause: err}
	}
	sw := ws[0]
	w.Student, w.Table = span(sw), "tr.t1"
	for i := range w.Answers {
		w.Answers[i] = span(ws[i+1])
	}
	if e.tt.Replaced(e.sem) {
		w.Table = "tr.t2"
	}
	w.In = sw.Contains(e.r.Date)
	if !w.In {
		if next, err := e.tt.NextStudentWindow(e.r.Date); err == nil {
			w.Next = span(next)
		}
	}
	e.winDone = true
	return nil
}

// fee fills Decision.Fee for a class of documents, from the cache Options
// fills when it has one.
func (e *eval) fee(class ayin.DocumentClass) error {
	c := e.fc
	if c != nil && int(class) < len(c.done) && c.done[class] {
		e.d.Fee = c.fee[class]
		return nil
	}
	fee, err := e.ev.fees.RequestForSemester(e.s.Level, e.r.Pages, class, e.sem)
	if err != nil {
		return &FactError{Field: "student.level", Kind: ErrNotInForce, Cause: err}
	}
	e.d.Fee = fee
	if c != nil && int(class) < len(c.done) {
		c.fee[class], c.done[class] = fee, true
	}
	return nil
}
