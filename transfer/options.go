package transfer

import (
	"cmp"
	"encoding/json"
	"slices"

	"github.com/ayinrules/ayin"
	"github.com/ayinrules/ayin/equivalence"
)

// Option is one way the student might go to the destination: a ground and a
// kind, with its decision, or the error that ground's facts raise.
type Option struct {
	Ground   Ground   `json:"ground"`
	Kind     Kind     `json:"kind"` // the kind asked
	Decision Decision `json:"decision"`
	Err      error    `json:"-"` // encoded as "error": its text
}

// MarshalJSON encodes the option with its error's text as "error".
func (o Option) MarshalJSON() ([]byte, error) {
	type plain Option
	v := struct {
		plain
		Error string `json:"error,omitempty"`
	}{plain: plain(o)}
	if o.Err != nil {
		v.Error = o.Err.Error()
	}
	return json.Marshal(v)
}

// Options lists, for the request's destination, every ground and kind the
// regulation offers (rulings R10), each with its decision, best first:
// eligible, then referred, then ineligible; transfer before guest;
// unconditional before conditional; fewer approvals first; then article
// order. The request's own Ground and Kind are ignored. A ground is listed
// when its facts are given (Request.Marriage, .Isargar, …); the equivalence
// table and special cases need none. Grounds not yet encoded are left out.
//
// A problem of the student or of the shared request facts (date, destination,
// offered) is the error; a problem of one ground's facts is that option's Err.
func (ev *Evaluator) Options(s Student, r Request) ([]Option, error) {
	if r.Destination == "" && r.DestinationKind == nil {
		return nil, missing("request.destination", "Options needs a destination; Destinations lists them as rules")
	}
	var base eval
	base.s, base.r = s, r
	base.r.Ground, base.r.Kind, base.r.Clause = GroundEquivalence, Guest, ""
	if err := base.start(ev); err != nil {
		return nil, err
	}
	var fc feeCache
	base.fc = &fc
	n := 0
	for g := GroundMarriage; g < numGrounds; g++ {
		if gi := &grounds[g]; !*gi.pending && gi.facts(&r) {
			n += 2
			if base.s.Level != ayin.PhD {
				if err := base.fee(gi.class); err != nil {
					return nil, err
				}
			}
		}
	}
	if err := base.window(); err != nil {
		return nil, err
	}
	sl := slabs{f: make(ayin.Findings, 0, n*15), c: make([]ayin.ClauseID, 0, n*13), a: make([]ayin.Authority, 0, n*4)}
	var opts [2 * numGrounds]Option // on the stack: written without barriers, copied out once sorted
	var order [2 * numGrounds]int
	m := 0
	for g := GroundMarriage; g < numGrounds; g++ {
		gi := &grounds[g]
		if *gi.pending || !gi.facts(&r) {
			continue
		}
		for _, k := range [2]Kind{Transfer, Guest} {
			e := base
			e.r.Ground, e.r.Kind = g, k
			if r.Clause != "" && clauseWithin(r.Clause, gi.article) {
				e.r.Clause = r.Clause
			}
			e.d.Ground, e.d.Asked = g, k
			o := &opts[m]
			o.Ground, o.Kind = g, k
			if err := e.run(); err != nil {
				o.Err = err
				o.Decision = Decision{Ground: g, Asked: k, Edition: e.d.Edition, Window: e.d.Window}
			} else {
				o.Decision = e.finishIn(&sl)
			}
			order[m] = m
			m++
		}
	}
	// Sort the indices, not the large Options, then copy them out in order.
	slices.SortStableFunc(order[:m], func(a, b int) int { return compareOptions(&opts[a], &opts[b]) })
	out := make([]Option, m)
	for i, j := range order[:m] {
		out[i] = opts[j]
	}
	return out, nil
}

func outcomeRank(o *Option) int {
	if o.Err != nil {
		return 9
	}
	switch o.Decision.Outcome {
	case ayin.Eligible:
		return 0
	case ayin.Referred:
		return 1
	case ayin.Ineligible:
		return 2
	}
	return 3
}

func kindRank(o *Option) int {
	k := o.Decision.Granted.Kind
	if k == NoKind {
		k = o.Kind
	}
	if k == Transfer {
		return 0
	}
	return 1
}

func compareOptions(a, b *Option) int {
	if c := cmp.Compare(outcomeRank(a), outcomeRank(b)); c != 0 {
		return c
	}
	if c := cmp.Compare(kindRank(a), kindRank(b)); c != 0 {
		return c
	}
	ca, cb := 0, 0
	if a.Decision.Granted.Conditional {
		ca = 1
	}
	if b.Decision.Granted.Conditional {
		cb = 1
	}
	if c := cmp.Compare(ca, cb); c != 0 {
		return c
	}
	if c := cmp.Compare(len(a.Decision.Approvals), len(b.Decision.Approvals)); c != 0 {
		return c
	}
	return cmp.Compare(a.Ground, b.Ground)
}

// DestinationRule is where one ground lets the student go, as a rule (rulings
// R10): the clause, the kinds, a description, the group exclusions and, for
// the equivalence ground, the groups allowed and their units.
type DestinationRule struct {
	Ground         Ground              `json:"ground"`
	Clause         ayin.ClauseID       `json:"clause"`
	Kinds          []Kind              `json:"kinds"` // shared between calls: read only
	Rule           ayin.Text           `json:"rule"`
	ExceptTopGroup bool                `json:"except_top_group,omitempty"` // group-1 units are excluded
	ExceptByName   bool                `json:"except_by_name,omitempty"`   // Karaj and Science and Research Alborz are excluded
	Groups         []equivalence.Group `json:"groups,omitempty"`           // equivalence: the groups allowed
	Units          []equivalence.Unit  `json:"units,omitempty"`            // equivalence: their units, from the table's index
}

var (
	transferOrGuest = []Kind{Transfer, Guest}
	guestOnlyKinds  = []Kind{Guest}
)

// staticRules are the destination rules that do not depend on the origin.
var staticRules = []DestinationRule{
	{Ground: GroundMarriage, Clause: "tr.2.1", Kinds: transferOrGuest, Rule: ayin.Text{FA: "شهر محل زندگی همسر یا نزدیک ترین واحد دارای رشته (زنان)", EN: "Women: the husband's city, or the nearest unit offering the field; any group"}},
	{Ground: GroundMarriage, Clause: "tr.2.2", Kinds: transferOrGuest, ExceptTopGroup: true, Rule: ayin.Text{FA: "محل سکونت یا اشتغال همسر (مردان)، به استثنای گروه ۱", EN: "Men: the couple's residence or the wife's place of work, except group 1"}},
	{Ground: GroundDivorce, Clause: "tr.2.3", Kinds: transferOrGuest, ExceptTopGroup: true, Rule: ayin.Text{FA: "شهر محل زندگی خانواده، به استثنای گروه ۱", EN: "Her family's city, except group 1"}},
	{Ground: GroundIsargaran, Clause: "tr.3.1", Kinds: transferOrGuest, Rule: ayin.Text{FA: "همه گروه های جدول هم ترازی", EN: "Row 3-1: every group of the table"}},
	{Ground: GroundIsargaran, Clause: "tr.3.2", Kinds: guestOnlyKinds, ExceptTopGroup: true, Rule: ayin.Text{FA: "محل زندگی والدین یا همسر، به استثنای گروه ۱", EN: "Row 3-2: the parents' or spouse's residence, except group 1"}},
	{Ground: GroundIsargaran, Clause: "tr.3.3", Kinds: guestOnlyKinds, ExceptTopGroup: true, Rule: ayin.Text{FA: "نزدیک ترین واحد به محل سکونت والدین یا همسر، به استثنای گروه ۱ (یک ترم)", EN: "Row 3-3: the unit nearest the parents' or spouse's residence, except group 1 (one term)"}},
	{Ground: GroundIllness, Clause: "tr.4.1", Kinds: transferOrGuest, Rule: ayin.Text{FA: "مقصد تعیین نشده؛ هر گروه (بیماری پس از ثبت نام)", EN: "Illness after registration: no destination stated, any group"}},
	{Ground: GroundIllness, Clause: "tr.4.2", Kinds: guestOnlyKinds, ExceptTopGroup: true, Rule: ayin.Text{FA: "مقصد تعیین نشده، به استثنای گروه ۱ (بیماری پیش از ثبت نام)", EN: "Illness before registration: no destination stated, except group 1"}},
	{Ground: GroundGuardianship, Clause: "tr.5.1", Kinds: transferOrGuest, Rule: ayin.Text{FA: "محل زندگی خانواده؛ حکم پیش از ثبت نام: فقط میهمانی، به استثنای گروه ۱", EN: "The family's residence; an order from before registration: guest only, except group 1"}},
	{Ground: GroundBereavement, Clause: "tr.8", Kinds: transferOrGuest, Rule: ayin.Text{FA: "مقصد و استثنای گروه تعیین نشده", EN: "No destination and no group exclusion stated"}},
	{Ground: GroundStaffFamily, Clause: "tr.9", Kinds: transferOrGuest, Rule: ayin.Text{FA: "محل سکونت خانواده مطابق حکم کارگزینی", EN: "The family's residence per the personnel order"}},
	{Ground: GroundFacultyFamily, Clause: "tr.10.1", Kinds: transferOrGuest, Rule: ayin.Text{FA: "شهر محل خدمت عضو هیأت علمی یا نزدیک ترین واحد هم جوار", EN: "The faculty member's city of service, or the nearest neighbouring unit"}},
	{Ground: GroundAthlete, Clause: "tr.11", Kinds: guestOnlyKinds, Rule: ayin.Text{FA: "مقصد تعیین نشده (یک ترم)", EN: "No destination stated (one term)"}},
	{Ground: GroundOfficialFamily, Clause: "tr.12", Kinds: guestOnlyKinds, Rule: ayin.Text{FA: "محل مأموریت یا نزدیک ترین شهر به محل اشتغال، تا پایان سال تحصیلی", EN: "The place of mission or the city nearest the place of employment, to the end of the academic year"}},
	{Ground: GroundSpecialCase, Clause: "tr.13", Kinds: guestOnlyKinds, Rule: ayin.Text{FA: "به تشخیص کمیسیون موارد خاص", EN: "As the special-cases commission decides"}},
}

var (
	ruleSameGroup  = ayin.Text{FA: "سایر واحدهای همان گروه، به استثنای گروه ۱", EN: "Other units of the origin's group, except group 1"}
	rule7_1        = ayin.Text{FA: "واحدهای هم تراز و پایین تر", EN: "Units of the same or a lower group"}
	rule7_2        = ayin.Text{FA: "تا دو گروه بالاتر، به استثنای گروه ۱، کرج و علوم و تحقیقات البرز", EN: "Up to two groups higher, except group 1, Karaj and Science and Research Alborz"}
	rule7_3or5     = ayin.Text{FA: "واحدهای داخل کشور، به استثنای گروه ۱، کرج و علوم و تحقیقات البرز", EN: "Domestic units, except group 1, Karaj and Science and Research Alborz"}
	ruleElectronic = ayin.Text{FA: "نقل و انتقال دانشجویان واحدهای الکترونیکی ممنوع است: مقصدی وجود ندارد.", EN: "Students of electronic units may not transfer or be guests: no destination."}
	rule7_4        = ayin.Text{FA: "دانشگاه دولتی یا آزاد اسلامی، با ارجاع به کمیسیون", EN: "A state university or IAU, referred to the commissions"}
)

// Destinations lists, for the student (and the request's date or semester,
// which choose the edition), where each ground lets the student go, as rules
// (rulings R10); for the equivalence ground also the groups allowed from the
// origin and their units, taken from the table's index rather than by
// evaluating every unit. It reads only the student's origin and the request's
// date, semester and ground facts; the destination is ignored.
func (ev *Evaluator) Destinations(s Student, r Request) ([]DestinationRule, error) {
	var e eval
	e.s, e.r = s, r
	e.r.Ground, e.r.Kind, e.r.Clause = GroundEquivalence, Guest, ""
	e.noDest = true
	if e.r.Offered == nil {
		e.r.Offered = &trueValue
	}
	if err := e.start(ev); err != nil {
		return nil, err
	}
	if e.origin.kind == ayin.Electronic { // tr.14.11: no ground opens a destination
		return []DestinationRule{{Clause: "tr.14.11", Rule: ruleElectronic}}, nil
	}
	out := make([]DestinationRule, 0, len(staticRules)+3)
	for _, rule := range staticRules {
		if rule.Ground == GroundMarriage && (rule.Clause == "tr.2.1") != (s.Gender != Male) {
			continue
		}
		if rule.Ground == GroundDivorce && s.Gender == Male { // tr.2.3: married female students only
			continue
		}
		out = append(out, rule)
	}
	t := e.table
	// The groups run from 1 to the last the equivalence package defines (ten,
	// tr.1.ch): no group number is written here.
	last := 1
	for equivalence.Group(last + 1).Valid() {
		last++
	}
	add := func(rule DestinationRule, lo, hi int, byName bool) {
		for g := lo; g <= hi; g++ {
			if !equivalence.Group(g).Valid() || (rule.ExceptTopGroup && g == e.p.TopGroup.Value) {
				continue
			}
			rule.Groups = append(rule.Groups, equivalence.Group(g))
			for _, u := range t.InGroup(equivalence.Group(g)) {
				if byName && isExcludedName(&e, u) {
					continue
				}
				rule.Units = append(rule.Units, u)
			}
		}
		out = append(out, rule)
	}
	switch e.origin.kind {
	case ayin.State:
		out = append(out, DestinationRule{Ground: GroundEquivalence, Clause: "tr.7.4", Kinds: guestOnlyKinds, Rule: rule7_4})
		return out, nil
	case ayin.Overseas, ayin.International:
		c := ayin.ClauseID("tr.7.3")
		if e.origin.kind == ayin.International {
			c = "tr.7.5"
		}
		add(DestinationRule{Ground: GroundEquivalence, Clause: c, Kinds: guestOnlyKinds, Rule: rule7_3or5, ExceptTopGroup: true, ExceptByName: true}, 1, last, true)
		return out, nil
	}
	og, err := e.originGroup("tr.7.1")
	if err != nil {
		return nil, err
	}
	o := int(og)
	add(DestinationRule{Ground: GroundSeveralStudents, Clause: "tr.6", Kinds: guestOnlyKinds, Rule: ruleSameGroup, ExceptTopGroup: true}, o, o, false)
	add(DestinationRule{Ground: GroundEquivalence, Clause: "tr.7.1", Kinds: transferOrGuest, Rule: rule7_1}, o, last, false)
	add(DestinationRule{Ground: GroundEquivalence, Clause: "tr.7.2", Kinds: guestOnlyKinds, Rule: rule7_2, ExceptTopGroup: true, ExceptByName: true}, o-e.p.MaxGroupsAbove.Value, o-1, true)
	return out, nil
}

var trueValue = true

func isExcludedName(e *eval, u equivalence.Unit) bool {
	for _, n := range e.p.ExcludedByName {
		if x, err := e.table.Lookup(n); err == nil && x.Name == u.Name {
			return true
		}
	}
	return false
}
