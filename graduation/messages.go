package graduation

import "github.com/ayinrules/ayin"

// The fixed messages of the workflow's findings (R22: never formatted per
// call). Item findings use the item's name from the edition; a Failed status
// on an item's finding means the item is missing.
var (
	msgConscriptionApplies = ayin.Text{
		FA: "فارغ التحصیل مشمول است و کارت معافیت یا پایان خدمت ارائه نکرده است: مسئول امور مشمولین نامه لغو معافیت صادر و یک نسخه به فارغ التحصیل می دهد",
		EN: "male graduate with neither an exemption card nor an end-of-service card: the conscripts' affairs officer issues the letter cancelling the exemption and gives the graduate a copy"}
	msgConscriptionFemale = ayin.Text{
		FA: "فارغ التحصیل زن مشمول خدمت نظام وظیفه نیست: این مرحله اعمال نمی شود",
		EN: "female graduate, not subject to military service: the step does not apply"}
	msgConscriptionCard = ayin.Text{
		FA: "کارت معافیت یا پایان خدمت ارائه شده است: این مرحله اعمال نمی شود",
		EN: "an exemption or end-of-service card has been presented: the step does not apply"}

	msgProvisionalIssued  = ayin.Text{FA: "مدرک موقت صادر شده است", EN: "the provisional certificate has been issued"}
	msgProvisionalMissing = ayin.Text{FA: "مدرک موقت صادر نشده است", EN: "the provisional certificate has not been issued"}
	msgFinalIssued        = ayin.Text{FA: "مدرک نهایی (دانشنامه یا مصوب) صادر شده است", EN: "the final certificate (diploma or approved) has been issued"}
	msgFinalMissing       = ayin.Text{FA: "مدرک نهایی صادر نشده است", EN: "the final certificate has not been issued"}
	msgFinalFormMissing   = ayin.Text{FA: "نوع مدرک نهایی (دانشنامه یا مصوب) ثبت نشده است", EN: "the final certificate's form (diploma or approved) is not recorded"}

	msgProvisionalMatchesFile  = ayin.Text{FA: "مدرک موقت با مدارک پرونده مطابقت دارد", EN: "the provisional certificate agrees with the file"}
	msgFinalMatchesProvisional = ayin.Text{FA: "مدرک نهایی با مدرک موقت مطابقت دارد", EN: "the final certificate agrees with the provisional one"}

	msgStepReady = ayin.Text{FA: "این مرحله قابل ثبت است", EN: "the step can be recorded"}
	msgComplete  = ayin.Text{FA: "همه مراحل صدور مدرک ثبت شده و مدارک برای تایید به سازمان ارسال شده است", EN: "every issuance step is recorded; the documents have been sent to the Central Organization for confirmation"}
)

// mismatch messages, one per compared particular (grad.issue.8, grad.issue.13).
var (
	msgDiffName       = ayin.Text{FA: "نام مطابقت ندارد", EN: "the name does not match"}
	msgDiffFather     = ayin.Text{FA: "نام پدر مطابقت ندارد", EN: "the father's name does not match"}
	msgDiffNationalID = ayin.Text{FA: "کد ملی مطابقت ندارد", EN: "the national ID does not match"}
	msgDiffBirth      = ayin.Text{FA: "تاریخ تولد مطابقت ندارد", EN: "the date of birth does not match"}
	msgDiffLevel      = ayin.Text{FA: "مقطع تحصیلی مطابقت ندارد", EN: "the level does not match"}
	msgDiffField      = ayin.Text{FA: "رشته تحصیلی مطابقت ندارد", EN: "the field of study does not match"}
	msgDiffGraduated  = ayin.Text{FA: "تاریخ فراغت مطابقت ندارد", EN: "the graduation date does not match"}
	msgDiffGPA        = ayin.Text{FA: "معدل مطابقت ندارد", EN: "the GPA does not match"}
)

// The checklists' messages (grad.dup.1–5, grad.transcript.1–4).
var (
	msgDupUndertaking     = ayin.Text{FA: "تعهدنامه مطابق فرم سازمان اخذ شده است", EN: "the letter of undertaking on the Central Organization's form is signed"}
	msgDupNoUndertaking   = ayin.Text{FA: "تعهدنامه مطابق فرم سازمان ارائه نشده است", EN: "no letter of undertaking on the Central Organization's form"}
	msgDupLossReported    = ayin.Text{FA: "مفقود شدن مدرک به سازمان اعلام شده است", EN: "the loss has been reported to the Central Organization"}
	msgDupLossNotReported = ayin.Text{FA: "مفقود شدن مدرک به سازمان اعلام نشده است", EN: "the loss has not been reported to the Central Organization"}
	msgDupAttestation     = ayin.Text{FA: "استشهاد محلی مطابق فرم سازمان با امضای ثبت محضری ارائه شده است", EN: "the local attestation on the Organization's form, with a notarised signature, is handed in"}
	msgDupNoAttestation   = ayin.Text{FA: "برگ استشهاد محلی مطابق فرم سازمان ارائه نشده است", EN: "no local-attestation sheet on the Organization's form"}
	msgDupNotNotarised    = ayin.Text{FA: "هیچ یک از امضاهای استشهاد محلی ثبت محضری نشده است", EN: "none of the attestation's signatures is notarised"}
	msgDupNotices         = ayin.Text{FA: "آگهی در سه نوبت با فاصله دست کم دو هفته منتشر و سه نسخه آن ارائه شده است", EN: "three notices published at least two weeks apart, and three copies handed in"}
	msgDupTooFewNotices   = ayin.Text{FA: "آگهی کمتر از سه نوبت منتشر شده است", EN: "fewer than three newspaper notices"}
	msgDupNoticesTooClose = ayin.Text{FA: "فاصله نوبت های آگهی کمتر از دو هفته است: سه نوبت با فاصله دست کم ۱۴ روز نیست", EN: "the notices are less than 14 days apart: there are not three, each at least 14 days after the previous"}
	msgDupTooFewCopies    = ayin.Text{FA: "سه نسخه آگهی روزنامه به واحد ارائه نشده است", EN: "fewer than three copies of the newspaper notice handed to the unit"}
	msgFeePaid            = ayin.Text{FA: "هزینه به حساب اعلام شده واریز شده است", EN: "the fee has been paid to the stated account"}
	msgFeeNotPaid         = ayin.Text{FA: "هزینه واریز نشده است", EN: "the fee has not been paid"}
	msgFeeUnderpaid       = ayin.Text{FA: "مبلغ واریزی کمتر از هزینه مقرر است", EN: "the amount paid is less than the fee"}
	msgFeeWrongAccount    = ayin.Text{FA: "واریز به حسابی غیر از حساب اعلام شده است", EN: "paid to an account other than the stated one"}
	msgTrBirth            = ayin.Text{FA: "تصویر شناسنامه ارائه شده است", EN: "a copy of the birth certificate is handed in"}
	msgTrNoBirth          = ayin.Text{FA: "تصویر شناسنامه ارائه نشده است", EN: "no copy of the birth certificate"}
	msgTrFinal            = ayin.Text{FA: "تصویر مدرک نهایی ارائه شده است", EN: "a copy of the final certificate is handed in"}
	msgTrNoFinal          = ayin.Text{FA: "تصویر مدرک نهایی ارائه نشده است", EN: "no copy of the final certificate"}
	msgTrProvisionalOnly  = ayin.Text{FA: "فقط مدرک موقت موجود است: مدرک نهایی باید صادر شده باشد", EN: "only a provisional certificate: the final certificate must have been issued"}
	msgTrNational         = ayin.Text{FA: "تصویر کارت ملی ارائه شده است", EN: "a copy of the national card is handed in"}
	msgTrNoNational       = ayin.Text{FA: "تصویر کارت ملی ارائه نشده است", EN: "no copy of the national card"}
)
