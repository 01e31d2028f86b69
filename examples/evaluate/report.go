package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/fees"
	"github.com/ayinrules/ayin/graduation"
	"github.com/ayinrules/ayin/honors"
	"github.com/ayinrules/ayin/transfer"
)

// printer writes the readable report in one language. It keeps the first
// write error and stops writing after it.
type printer struct {
	w   io.Writer
	l   ayin.Lang
	ed  *ayin.Edition
	bad error
}

func (p *printer) err() int {
	if p.bad != nil {
		return 1
	}
	return 0
}

func (p *printer) printf(format string, args ...any) {
	if p.bad == nil {
		_, p.bad = fmt.Fprintf(p.w, format, args...)
	}
}

// t picks the Persian or English of a pair of labels.
func (p *printer) t(fa, en string) string {
	if p.l == ayin.English {
		return en
	}
	return fa
}

func (p *printer) result(r result) {
	p.printf("\n══ %s — %s\n", r.Title.In(p.l), r.File)
	switch {
	case r.Transfer != nil:
		p.request(r.Request)
		p.transfer(*r.Transfer)
	case r.Options != nil:
		p.request(r.Request)
		p.options(r.Options)
	case r.Destinations != nil:
		p.request(r.Request)
		p.destinations(r.Destinations)
	case r.Graduation != nil:
		p.graduation(*r.Graduation)
	case r.Honors != nil:
		p.honors(*r.Honors)
	case r.Cohort != nil:
		p.cohort(r.Cohort)
	case r.Duplicate != nil:
		p.checklist(*r.Duplicate)
	}
}

func (p *printer) request(r *transfer.Request) {
	if r == nil {
		return
	}
	p.printf("%s: %s — %s: %s — %s: %s — %s: %s\n",
		p.t("درخواست", "Request"), r.Kind.Name(p.l),
		p.t("علت", "ground"), r.Ground.Name(p.l),
		p.t("مقصد", "destination"), r.Destination,
		p.t("تاریخ", "date"), p.date(r.Date.String(), r.Date.Persian()))
}

func (p *printer) date(latin, persian string) string {
	if p.l == ayin.Persian {
		return persian
	}
	return latin
}

// n writes numbers, dates and semesters in Persian digits in a Persian
// report; clause IDs keep their Latin form, as they are identifiers.
func (p *printer) n(v any) string {
	s := fmt.Sprint(v)
	if p.l != ayin.Persian {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = '۰' + (r - '0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (p *printer) transfer(d transfer.Decision) {
	p.printf("%s: %s", p.t("نتیجه", "Outcome"), d.Outcome.Name(p.l))
	if d.Clause != "" {
		p.printf(" (%s)", d.Clause)
	}
	p.printf("\n")
	if g := d.Granted; g.Kind != transfer.NoKind {
		p.printf("%s: %s", p.t("قابل اعطا", "Granted"), g.Kind.Name(p.l))
		if g.Terms > 0 {
			p.printf(" — %s %s", p.n(g.Terms), p.t("نیم‌سال", "term(s)"))
		}
		if g.UntilEndOfYear {
			p.printf(" — %s", p.t("تا پایان سال تحصیلی", "until the end of the academic year"))
		}
		if g.Conditional {
			p.printf(" — %s", p.t("مشروط", "conditional"))
		}
		p.printf("\n")
		for _, c := range []*transfer.Condition{g.Extend, g.Convert} {
			if c != nil {
				p.printf("   • %s (%s)\n", c.Text.In(p.l), c.Clause)
			}
		}
	}
	if len(d.Approvals) > 0 {
		names := make([]string, len(d.Approvals))
		for i, a := range d.Approvals {
			names[i] = a.Name(p.l)
		}
		p.printf("%s: %s\n", p.t("تأیید یا بررسی", "Approvals"), strings.Join(names, p.t("، ", ", ")))
	}
	if d.Documents.Row != "" {
		p.printf("%s (%s%s%s %s):\n", p.t("مدارک", "Documents"), d.Documents.Row, p.t("، ", ", "), p.t("بررسی:", "reviewed by"), d.Documents.Reviewer.Name(p.l))
		for _, it := range d.Documents.Items {
			p.printf("   • %s\n", it.In(p.l))
		}
	}
	if !d.Fee.Total.IsZero() || d.Fee.Review.Source.Clause != "" {
		p.printf("%s: %s (%s %s %s%s %s %s %s)\n", p.t("هزینه", "Fee"), fees.Format(d.Fee.Total, p.l),
			p.t("بررسی", "review"), fees.Format(d.Fee.Review.Rials, p.l), d.Fee.Review.Source.Clause, p.t("؛", ";"),
			p.t("صفحات مازاد", "extra pages"), fees.Format(d.Fee.Pages.Rials, p.l), d.Fee.Pages.Source.Clause)
	}
	if d.Tuition != nil {
		p.printf("%s: %+v\n", p.t("تقسیم شهریه", "Tuition split"), *d.Tuition)
	}
	w := d.Window
	if w.Semester.Valid() {
		p.printf("%s: %s %s — ", p.t("مهلت", "Window"), p.t("نیم‌سال", "semester"), p.n(w.Semester))
		if w.In {
			p.printf("%s %s–%s (%s)\n", p.t("در مهلت ثبت درخواست", "inside the student window"), p.n(w.Student.From), p.n(w.Student.To), w.Table)
		} else {
			p.printf("%s %s–%s (%s)", p.t("خارج از مهلت", "outside the student window"), p.n(w.Student.From), p.n(w.Student.To), w.Table)
			if !w.Next.From.IsZero() {
				p.printf("%s %s %s", p.t("؛", ";"), p.t("مهلت بعدی از", "next window opens"), p.n(w.Next.From))
			}
			p.printf("\n")
		}
	}
	for _, c := range d.Confidence {
		p.printf("⚠ %s: %s (%s %s) — %s\n", p.t("نیازمند تأیید", "needs confirmation"), c.Unit, p.t("گروه", "group"), p.n(int(c.Group)), c.Reading)
	}
	p.findings(d.Findings)
}

func (p *printer) options(os []transfer.Option) {
	p.printf("%s:\n", p.t("راه‌های ممکن، بهترین نخست", "Every ground and kind, best first"))
	for i, o := range os {
		if o.Err != nil {
			p.printf("%2s. %-22s %-10s %s\n", p.n(i+1), o.Ground.Name(p.l), o.Kind.Name(p.l), o.Err)
			continue
		}
		d := o.Decision
		granted := ""
		if d.Granted.Kind != transfer.NoKind && d.Granted.Kind != o.Kind {
			granted = p.t(" → قابل اعطا: ", " → granted: ") + d.Granted.Kind.Name(p.l)
		}
		failed := make([]string, 0, 2)
		for _, f := range d.Findings.Failed() {
			failed = append(failed, string(f.Clause))
		}
		p.printf("%2s. %-22s %-10s %-24s %-10s%s %s\n", p.n(i+1), o.Ground.Name(p.l), o.Kind.Name(p.l), d.Outcome.Name(p.l), d.Clause, granted, strings.Join(failed, " "))
	}
}

func (p *printer) destinations(ds []transfer.DestinationRule) {
	p.printf("%s:\n", p.t("مقصدهای ممکن به تفکیک علت", "Where each ground allows"))
	for _, d := range ds {
		kinds := make([]string, len(d.Kinds))
		for i, k := range d.Kinds {
			kinds[i] = k.Name(p.l)
		}
		p.printf(" • %-22s %-8s [%s] %s\n", d.Ground.Name(p.l), d.Clause, strings.Join(kinds, "/"), d.Rule.In(p.l))
		if len(d.Groups) > 0 {
			names := make([]string, 0, 8)
			for i, u := range d.Units {
				if i == 8 {
					names = append(names, "…")
					break
				}
				names = append(names, u.Name)
			}
			groups := make([]int, len(d.Groups))
			for i, g := range d.Groups {
				groups[i] = int(g)
			}
			p.printf("     %s %s — %s %s: %s\n", p.t("گروه‌ها", "groups"), p.n(groups), p.n(len(d.Units)), p.t("واحد", "units"), strings.Join(names, p.t("، ", ", ")))
		}
	}
}

func (p *printer) graduation(g graduationResult) {
	p.printf("%s\n", g.View.Line(p.l))
	for _, st := range g.View.Steps {
		if !st.Date.IsZero() {
			p.printf("   ✓ %2s %s — %s\n", p.n(st.Number), st.Name.In(p.l), p.date(st.Date.String(), st.Date.Persian()))
		}
	}
	if !g.Next.Complete {
		p.printf("%s: %s %s (%s) — %s\n", p.t("گام بعدی", "Next step"), p.n(g.Next.Step.Number), g.Next.Step.Name.In(p.l),
			g.Next.Step.Clause, g.Next.Outcome.Name(p.l))
		for _, w := range g.View.Waiting {
			p.printf("   … %s — %s (%s)\n", w.What.In(p.l), w.On.Name(p.l), w.Clause)
		}
	}
	p.printf("%s:\n", p.t("خدمات", "Services"))
	for _, sv := range g.Services {
		avail := p.t("در دسترس", "available")
		if !sv.Available {
			avail = p.t("پس از گام", "after step") + " " + p.n(sv.After)
		}
		p.printf("   • %s (%s) — %s", sv.Name.In(p.l), sv.Clause, avail)
		if n := sv.Notice.In(p.l); n != "" {
			p.printf(" — %s", n)
		}
		p.printf("\n")
	}
	p.findings(g.Next.Findings)
}

func (p *printer) honors(d honors.Decision) {
	p.printf("%s: %s", p.t("دانش‌آموخته ممتاز", "Excellent graduate"), d.Outcome.Name(p.l))
	if d.Rank > 0 {
		p.printf(" — %s %s%s%s %s", p.t("رتبه", "rank"), p.n(d.Rank), p.t("، ", ", "), p.t("سهمیه", "places"), p.n(d.Places))
	}
	p.printf("\n")
	for _, f := range d.Flags {
		p.printf("⚠ %s (%s): %s\n", f.Clause, f.Errata, f.Message.In(p.l))
	}
	p.findings(d.Findings)
}

func (p *printer) cohort(ds []honors.Decision) {
	places := 0
	if len(ds) > 0 {
		places = ds[0].Places
	}
	p.printf("%s: %s\n", p.t("سهمیه ده درصد برتر (hon.4)", "Top-10% places (hon.4)"), p.n(places))
	for _, d := range ds {
		mark := " "
		if d.Selected && d.Outcome == ayin.Eligible {
			mark = "★"
		}
		failed := make([]string, 0, 2)
		for _, f := range d.Findings.Failed() {
			failed = append(failed, string(f.Clause))
		}
		p.printf(" %s %-10s %s %-3s %-12s %s\n", mark, p.n(d.StudentID), p.t("رتبه", "rank"), p.n(d.Rank), d.Outcome.Name(p.l), strings.Join(failed, " "))
	}
}

func (p *printer) checklist(c graduation.Checklist) {
	p.printf("%s: %s — %s: %s (%s)\n", p.t("المثنی", "Duplicate certificate"), c.Outcome.Name(p.l),
		p.t("هزینه", "fee"), fees.Format(c.Fee.Rials, p.l), c.Fee.Source.Clause)
	p.findings(c.Findings)
}

// findings lists each finding with its status and message, then the text of
// every clause cited, from the edition's catalog.
func (p *printer) findings(fs ayin.Findings) {
	p.printf("%s:\n", p.t("یافته‌ها", "Findings"))
	for _, f := range fs {
		p.printf("  %s %-13s %-20s %s\n", statusMark(f.Status), f.Clause, f.Status.Name(p.l), f.Message.In(p.l))
	}
	p.printf("%s:\n", p.t("متن بندها", "Clauses cited"))
	for _, id := range fs.Citations() {
		c, ok := p.ed.Clause(id)
		if !ok {
			continue
		}
		p.printf("  [%s] %s — %s\n", id, c.Title.In(p.l), c.Text.In(p.l))
	}
}

func statusMark(s ayin.Status) string {
	switch s {
	case ayin.Held:
		return "✓"
	case ayin.Failed:
		return "✗"
	case ayin.NeedsConfirmation:
		return "?"
	}
	return "·"
}
