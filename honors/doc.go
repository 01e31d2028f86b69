// Package honors decides whether a graduate counts as an excellent graduate
// (فارغ‌التحصیل ممتاز) under the eight criteria hon.1–hon.8 of the graduates'
// office description, and selects a unit's cohort of excellent graduates.
//
// An Evaluator is built from an *ayin.Edition; every number it applies (the
// GPA minimums, the GPA scale, the semester limit, the quota share, its
// rounding and tie rule, the uses per year) comes from the edition's
// `honors:` section (ayin.HonorsParams), never from this package. The
// version applied is the one in force on the graduation date; a graduation
// before the first version is an error wrapping ayin.ErrBeforeFirstEdition.
//
//	d, err := honors.Default().Evaluate(g)       // one graduate, rank given
//	err := honors.Default().EvaluateInto(&d, g)  // the same, into an existing Decision
//	ds, err := honors.Default().Select(cohort)   // a whole cohort, ranked here
//
// A Decision lists one ayin.Finding per criterion, in clause order, each
// with a fixed Persian and English message; its Citations are their union.
// The outcome is ayin.Eligible when every criterion holds, ayin.Ineligible
// when any fails, and ayin.NotCovered for a level hon.1 sets no minimum for.
// A decision's Findings, Citations and Flags are read-only slices shared by
// every decision that has the same ones, so deciding allocates nothing
// (rulings R22); copy before changing them.
//
// # Readings
//
// The library reads the criteria as follows (errata E138–E146, rulings R2,
// R11, R16). Each reading sits beside the function that applies it, too.
//
//   - Whole list (E138): "this regulation" is the IAU rule on excellent
//     graduates that the page summarises; hon.1–hon.8 are the conditions of
//     counting as excellent under it. All eight must hold.
//   - hon.1 (E139): the minimum is per level from the edition (17 for both
//     bachelor's kinds, 18 for associate, compared with ≥ on the exact
//     decimal). A level with no minimum (master's, doctorates) is NotCovered,
//     and its decision carries the hon.1 finding alone: the other criteria do
//     not reach a graduate the list does not cover, so none is judged.
//   - hon.2 (E140): one course credited by equivalence excludes, whatever the
//     GPA and level; "above 17" sets no threshold.
//   - hon.3 (E141): a yes/no fact; what Article 47 provides is not encoded.
//   - hon.4 (E142, R16): the cohort is one unit, level, field and academic
//     year. Every graduate of it is ranked by cumulative GPA, whatever the
//     other criteria (the edition's reading); equal GPAs share the better
//     rank (1, 2, 2, 4), so a tie at the edge takes everyone tied. The places
//     are the quota share of the cohort's registered count, rounded as the
//     edition says (floor: 10 for 100 and for 109, 0 below 10). A graduate
//     holds hon.4 when rank ≤ places. Evaluate takes the rank and the
//     registered count as facts; Select computes the rank.
//   - hon.5 (E143): semesters from entry to graduation ≤ the edition's limit
//     (4 as printed) for every level. For a continuous bachelor's, nominally
//     eight semesters, the printed limit is almost certainly a drafting gap:
//     the decision keeps the printed rule and carries a Flag citing E143
//     (and a failure message that says so) instead of changing it.
//   - hon.6 (E144): the route may be used only in the academic year of
//     graduation (1 Mehr to the end of Shahrivar, calendar.SemesterOn) and
//     only as many times as the edition's uses per year (once). The use date
//     is a required fact; the admission round's own dates are not in the
//     source, so only the academic year is checked. PriorUses counts earlier
//     uses of the route.
//   - hon.7 (E145): "same-named" compares the field of admission with the
//     field of graduation by name, as ayin.FoldKey folds them (Arabic ي/ك,
//     zero-width non-joiners, spaces and Latin case do not count).
//   - hon.8 (E146): the graduate must be introduced (nominated) by the unit
//     or educational centre; without it the graduate is not excellent.
//
// # Bad input
//
// Impossible values (a GPA outside 0..scale, negative counts, a rank above
// the registered count, a use before graduation), facts a criterion needs
// left out, and a cohort that is not one cohort (mixed unit, level, field or
// year; duplicate student IDs; fewer registered than graduates) are
// *InputError values naming the snake_case field at fault. Nothing panics.
package honors
