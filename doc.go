// Package ayin (آیین, "the rule") holds what the rule packages share: the
// vocabulary of decisions and the rule tables of one edition.
//
// Islamic Azad University's guest and transfer regulation No. 93/10 and its
// graduates' office description are encoded as pure functions in the packages
// below this one:
//
//   - transfer: may this student transfer (انتقال) or be a guest (میهمانی) at
//     that unit, on which ground, with which documents, fee, approvals and
//     window (articles 1–15, tables 1–6);
//   - graduation: the 16 certificate-issuance steps, tracking, services, the
//     duplicate certificate and the transcript for translation;
//   - honors: the excellent-graduate (ممتاز) criteria and the top-10% cohort;
//   - equivalence: the ten-group equivalence table of units (table 4);
//   - fees: the document-review fee, page charge, graduates' office fees and
//     the guest tuition split, in rials as decimal.Decimal;
//   - calendar: Jalali dates, semesters and the transfer windows.
//
// This package provides the vocabulary every decision uses — Level, Outcome
// (eligible, ineligible, referred, not covered), Status and Finding (a clause,
// whether it held, and why, in Persian and English), ClauseID, Authority,
// Text — and the Edition: the clause catalog and every table of the YAML file
// ayin.yaml, each table with its dated versions (Dated). The default edition is
// embedded (Default); a registrar's newer edition loads from a file without
// recompiling (LoadFile, Parse), through a strict loader whose errors name the
// file, line and field (LoadError).
//
// An Edition is immutable once loaded and safe for concurrent use. Every
// number the texts state is data in the edition; the code holds the logic.
// Where the sources are garbled or contradictory the library encodes the
// readings of the reference's errata, and its own interpretations are
// recorded beside the value (the YAML `reading:` fields) and in each
// package's documentation.
package ayin
