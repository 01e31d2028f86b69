// Package graduation is the graduates' office (اداره فارغ التحصیلان) of the
// graduates' office description: the sixteen certificate-issuance steps as
// a workflow over a graduate's file (grad.issue.1–16), the graduate's
// tracking view (grad.track), the services to visitors (grad.svc,
// grad.svc.1–3), and the checklists for a duplicate certificate
// (grad.dup.1–5) and for a transcript for translation (grad.transcript.1–4).
//
// The steps, their actors, the items each needs, the services and the
// checklists' numbers are data of the edition (ayin.yaml `graduation:` and
// `graduates_fees:`); this package holds the logic. Every answer lists
// ayin.Findings citing the clause each rests on; refusals are *StepError or
// *FactError values naming the step or field, never panics. ReasonCode
// gives a refusal's stable code ("not-ready", "out-of-order", …), which is
// also its "reason" in JSON.
//
// # Workflow (grad.issue.1–16)
//
// A File is an immutable value: Office.Advance records one step on one
// Jalali date and returns a new File. Steps are recorded strictly in order,
// each dated no earlier than the previous one (E129). A step's `needs` are
// item codes the file's Facts.Items must hold; its `check` is one of
// ayin.StepChecks:
//
//   - grad.issue.2: the four documents (evaluation-fee receipt, birth
//     certificate copy, base qualification, photograph; E124). Each missing
//     item is a Failed finding.
//   - grad.issue.3 (E125): applies to a male graduate with neither an
//     exemption card nor an end-of-service card; he then needs the officer's
//     letter cancelling the exemption and the copy handed to him. For a
//     female graduate or one with either card the step is recorded with
//     status NotApplicable. A graduate with neither card whose gender is not
//     stated is ErrMissingFact on "gender": the library does not guess who
//     is subject to service.
//   - grad.issue.7 and grad.issue.12: the certificate must be recorded as
//     issued in the facts; the final one also needs its form recorded:
//     diploma or approved (Certificate.Form), or as free text
//     (Certificate.FormText, E127). The source gives no rule for which
//     graduates get which form, so none is checked.
//   - grad.issue.8: the provisional certificate's particulars against the
//     file's; grad.issue.13: the final certificate's against the
//     provisional one's. Reading: "agree" means every stated particular is
//     equal — name, father's name, national ID, date of birth, level,
//     field, graduation date and GPA — with names compared after
//     ayin.NormalizePersian (Arabic ي/ك, zero-width non-joiners and spacing
//     are not differences) and GPAs with Cmp. Name, national ID, level and
//     field are required (ErrMissingFact otherwise). Each differing
//     particular is its own Failed finding.
//   - grad.issue.9, 10, 14, 15: the acts of the step (photograph, stamp,
//     seal, signatures) are items the facts record as done (E126).
//   - grad.issue.1, 4, 5, 6, 11, 16: recording the step attests it; the
//     source states no condition (grad.issue.5's list is open-ended).
//
// A file runs under the tables in force on the date of its step 1 (rulings
// R13: the default edition's are in force from 1393/04/15); a file with
// nothing recorded is shown with the latest tables.
//
// # Tracking (grad.track, E130)
//
// The View shows step k of N, where k is the last step recorded (0 before
// step 1), its name in Persian and English, and the stage — Reading: the
// stage of step k as the data gives it (file 1–6, provisional 7–10, final
// 11–16), and "complete" once step 16 is recorded; the Provisional and
// Final flags say whether those certificates exist (from step 7 and step
// 12). What the file waits for: each item the next step still needs, with
// who provides it (the graduate for documents, an office for acts), or else
// the next step with its actor and the others who act in it (rulings R17).
//
// # Services (grad.svc.1–3)
//
// Each service of the edition with its notice ("telephone first" for
// grad.svc.1), its provider (grad.svc) and whether it is available for the
// file: Reading: a provisional certificate can be delivered once step 10 is
// recorded and the final one once step 16 is; the others are always
// available. The list is open-ended (E132).
//
// # Checklists (grad.dup.1–5, grad.transcript.1–4)
//
// Office.Duplicate and Office.Transcript return a Checklist: Eligible when
// every item holds, Ineligible with a Failed finding per missing item
// otherwise, and the fee in force on the request date. Readings:
//   - grad.dup.3 (E133): the attestation sheet and at least one notarised
//     signature (edition value) are separate findings when both fail.
//   - grad.dup.4 (E134): notices are given in publication order (an earlier
//     date after a later one is an error, as is a notice after the request
//     date). A notice counts when it is the first or at least 14 days
//     (edition value) after the last one counted: 14 days holds, 13 fails;
//     extra publications are allowed. Three must count, and three copies
//     (edition value) must be handed in.
//   - grad.dup.5, grad.transcript.4 (E135–E137): paid means an amount of at
//     least the fee in force; a receipt naming another account fails; a
//     receipt naming no account is taken to be the edition's account. One
//     payment per request, not multiplied by copies.
//   - grad.transcript.2: a copy of the provisional certificate does not do;
//     the final certificate must exist.
//
// # Messages and numbers
//
// The findings' messages are fixed texts (rulings R22) worded on the default
// edition ("three notices", "14 days"); the checks use the edition's numbers
// (DuplicateParams). An edition that changes them decides by the new values
// while a message may still quote the old ones.
package graduation
