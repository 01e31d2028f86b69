package transfer

import "github.com/ayinrules/ayin"

// The fixed messages of the shared rules (rulings R22: never formatted per
// call). Each ground's own messages sit in its file.
var (
	msgPhDNotCovered = ayin.Text{FA: "آیین نامه ۹۳/۱۰ دوره دکتری تخصصی را در بر نمی گیرد.", EN: "Regulation 93/10 does not cover the PhD (rulings R1)."}

	msgUnverified = ayin.Text{FA: "اطلاعات اعلام شده دانشجو احراز نشد: امکان میهمانی یا انتقال سلب می شود و موضوع انضباطی است.", EN: "A fact the student declared could not be verified: the request is refused and the case goes to the disciplinary rules."}

	msgElectronicOrigin = ayin.Text{FA: "نقل و انتقال دانشجویان واحدهای الکترونیکی ممنوع است.", EN: "Students of electronic units may not transfer or be guests."}
	msgElectronicDest   = ayin.Text{FA: "مقصد واحد الکترونیکی است؛ بند ۱۴ آن را منع نکرده و باید تأیید شود.", EN: "The destination is an electronic unit; tr.14.11 does not bar it (E88): to be confirmed."}

	msgAcademicBan          = ayin.Text{FA: "دانشجو منع آموزشی دارد.", EN: "The student has an academic ban."}
	msgNotOffered           = ayin.Text{FA: "رشته، گرایش و مقطع دانشجو در واحد مقصد دایر نیست.", EN: "The student's field, specialisation and level are not offered at the destination."}
	msgOffered              = ayin.Text{FA: "رشته، گرایش و مقطع در مقصد دایر است و دانشجو منع آموزشی ندارد.", EN: "The field, specialisation and level are offered at the destination, and there is no academic ban."}
	msgOfferedByFieldChange = ayin.Text{FA: "رشته دانشجو در مقصد دایر نیست، اما انتقال توأم با تغییر رشته طبق بند ج ماده ۳ مجاز است.", EN: "The student's field is not offered at the destination, but the change of field of tr.3.c is allowed."}

	msgFirstTransfer   = ayin.Text{FA: "دانشجو تاکنون از انتقال دائم استفاده نکرده است.", EN: "The student has not used a permanent transfer before."}
	msgTransferUsed    = ayin.Text{FA: "انتقال دائم فقط یک بار در طول تحصیل امکان پذیر است.", EN: "A permanent transfer is possible only once in a course of study."}
	msgRepeatException = ayin.Text{FA: "محدودیت یک بار انتقال شامل بند ۱-۳ نیست.", EN: "The once-only limit does not apply under 3-1."}
	msgRepeatReferred  = ayin.Text{FA: "انتقال مجدد مشمولان بند ۱-۳ با تأیید کمیسیون ایثارگران سازمان مرکزی انجام می شود.", EN: "A repeat transfer under 3-1 is referred to the Central Organization's Isargaran Commission."}

	msgFinalSemester    = ayin.Text{FA: "انتقال دائم در نیمسال آخر تحصیل ممنوع است.", EN: "A permanent transfer is prohibited in the final semester."}
	msgNotFinalSemester = ayin.Text{FA: "نیمسال درخواستی نیمسال آخر تحصیل دانشجو نیست.", EN: "The semester requested is not the student's final semester."}

	msgNoExamTransfer       = ayin.Text{FA: "انتقال دانشجوی پذیرفته شده بدون آزمون به واحد دارای پذیرش بدون آزمون با تأیید مبدأ، مقصد، مرکز آزمون و سازمان مرکزی.", EN: "Transfer of a student admitted without an exam to a unit admitting without an exam, with the origin, destination, Examination Centre and Central Organization approving."}
	msgNoExamTransferBarred = ayin.Text{FA: "واحد مقصد پذیرش بدون آزمون ندارد: انتقال دانشجوی پذیرفته شده بدون آزمون امکان پذیر نیست.", EN: "The destination does not admit without an exam: a student admitted without an exam cannot transfer there."}
	msgNoExamGuest          = ayin.Text{FA: "میهمانی در واحد دارای پذیرش بدون آزمون با تأیید مبدأ، مقصد و سازمان مرکزی.", EN: "Guest study at a unit admitting without an exam, with the origin, destination and Central Organization approving."}
	msgNoExamGuestCity      = ayin.Text{FA: "واحد مقصد پذیرش بدون آزمون ندارد ولی واحد دیگری در آن شهر دارد؛ سقف دو ترم اعمال شد و باید تأیید شود.", EN: "The destination does not admit without an exam but another unit of its city does; the two-term limit is applied, to be confirmed."}
	msgNoExamTwoTerms       = ayin.Text{FA: "شهر مقصد پذیرش بدون آزمون ندارد: حداکثر دو ترم میهمانی.", EN: "The destination city has no admission without an exam: at most two guest terms."}
	msgNoExamThirdTerm      = ayin.Text{FA: "دانشجوی پذیرفته شده بدون آزمون حداکثر دو ترم میهمان می شود.", EN: "A student admitted without an exam may be a guest for at most two terms: a further term is refused."}

	msgCapacityWaited = ayin.Text{FA: "پذیرفته شده تکمیل ظرفیت یک نیمسال را گذرانده است.", EN: "Admitted at capacity completion, the student has completed a semester."}
	msgCapacityWait   = ayin.Text{FA: "نقل و انتقال پذیرفته شدگان تکمیل ظرفیت پس از گذشت یک نیمسال امکان پذیر است.", EN: "Students admitted at capacity completion may apply only after one semester."}
	msgFromAdmission  = ayin.Text{FA: "درخواست طبق این بند از بدو قبولی امکان پذیر است.", EN: "Under this ground the student may apply from admission."}
	msgNotRegistered  = ayin.Text{FA: "دانشجو در واحد مبدأ ثبت نام نکرده است.", EN: "The student has not registered at the origin unit."}
	msgWaitSemester   = ayin.Text{FA: "درخواست پس از گذشت یک نیمسال از قبولی امکان پذیر است.", EN: "The request is possible only after one semester at the origin."}
	msgWaited         = ayin.Text{FA: "دانشجو در مبدأ ثبت نام کرده و یک نیمسال را گذرانده است.", EN: "The student is registered at the origin and has completed a semester there."}

	msgThesisBan      = ayin.Text{FA: "دانشجوی دارای منع آموزشی نمی تواند پایان نامه را در مقصد اخذ کند.", EN: "A guest with an academic ban may not take the thesis at the destination."}
	msgThesisReferred = ayin.Text{FA: "اخذ پایان نامه میهمان با نظر معاونان آموزشی مبدأ و مقصد و تأیید کمیسیون موارد خاص.", EN: "The thesis is referred: the Education Deputies of both units give their opinion and the special-cases commission decides."}

	msgInWindow       = ayin.Text{FA: "درخواست در زمان ثبت درخواست دانشجو ثبت شده است.", EN: "The request is dated within the student window."}
	msgOutOfWindow    = ayin.Text{FA: "درخواست خارج از زمان ثبت درخواست دانشجو است.", EN: "The request is dated outside the student window."}
	msgOnlyInWindow   = ayin.Text{FA: "درخواست فقط از طریق سامانه و در زمان مقرر پذیرفته می شود.", EN: "Requests are accepted only through the system, within the prescribed time."}
	msgWindowTable    = ayin.Text{FA: "زمان ثبت درخواست از این جدول خوانده شد.", EN: "The window is read from this table."}
	msgWindowReplaced = ayin.Text{FA: "برای نیمسال اول ۹۳-۹۴ جدول ۲ جایگزین جدول ۱ است.", EN: "For the first semester of 1393–94, table 2 replaces table 1."}

	msgReviewFee      = ayin.Text{FA: "هزینه بررسی مدارک هنگام ثبت درخواست پرداخت می شود.", EN: "The document-review fee is paid when the request is registered."}
	msgReviewFeeTable = ayin.Text{FA: "مبلغ هزینه بررسی مدارک بر اساس مقطع از جدول ۳.", EN: "The review fee by level, from table 3."}
	msgPagesExempt    = ayin.Text{FA: "مدارک پزشکی، شاهد و ایثارگران و هیأت علمی از هزینه صفحات مازاد معاف است.", EN: "Medical, Shahed-and-isargaran and faculty documents are exempt from the page charge."}
	msgPagesCharged   = ayin.Text{FA: "برای هر صفحه مازاد بر ۶ صفحه هزینه دریافت می شود.", EN: "Each page beyond six is charged."}
	msgPagesFree      = ayin.Text{FA: "ارسال مدارک تا سقف ۶ صفحه رایگان است.", EN: "Up to six pages are free."}
	msgScansOK        = ayin.Text{FA: "تصاویر مدارک با اندازه و قالب مقرر است.", EN: "The document images have the prescribed size and format."}
	msgScansBad       = ayin.Text{FA: "مدارک باید با سایز ۸۰۰×۶۰۰ پیکسل، فرمت jpg و حجم حداکثر ۳۰۰ کیلوبایت باشد.", EN: "Documents must be 800×600-pixel JPEG images of at most 300 KB."}
	msgTuitionSplit   = ayin.Text{FA: "شهریه ثابت به واحد مبدأ و شهریه متغیر به واحد مقصد پرداخت می شود.", EN: "The fixed tuition is paid to the origin and the variable tuition to the destination."}

	msgNoDocumentRow        = ayin.Text{FA: "جدول ۶ ردیفی برای این بند ندارد.", EN: "Table 6 has no row for this clause."}
	msgDocumentsRow         = ayin.Text{FA: "مدارک این ردیف جدول ۶ توسط مرجع بررسی با اصل تطبیق و بایگانی می شود.", EN: "The documents of this table-6 row are checked against the originals and archived by its reviewer."}
	msgDestinationElsewhere = ayin.Text{FA: "واحد مقصد در محلی نیست که این بند تعیین کرده است.", EN: "The destination is not where this clause points."}
	msgGuestOnly            = ayin.Text{FA: "این بند فقط میهمانی را اجازه می دهد، نه انتقال.", EN: "This clause allows guest study only, not transfer."}
	msgTopGroupExcluded     = ayin.Text{FA: "واحدهای گروه ۱ مستثنی هستند.", EN: "Group-1 units are excluded."}
	msgSamaInferred         = ayin.Text{FA: "مرکز سما هم گروه واحد مادر است.", EN: "The Sama centre takes its mother unit's group."}
	msgUncertainUnit        = ayin.Text{FA: "تصمیم بر گروه یا نوع واحدی استوار است که در جدول هم ترازی نامطمئن خوانده شده است.", EN: "The decision rests on a unit whose group or kind the equivalence table reads as uncertain."}

	msgExtendCond  = ayin.Text{FA: "تمدید میهمانی در صورت کسب حداقل معدل ۱۵ در ترم میهمانی.", EN: "The guest study is extended on a guest-term GPA of at least 15."}
	msgConvertCond = ayin.Text{FA: "پس از دو ترم میهمانی با گذراندن حداقل واحد در هر ترم و معدل کل مقرر، مجوز انتقال صادر می شود.", EN: "After the two guest terms, a transfer is issued if each term's units and the cumulative GPA reach the figures."}
	msgStateOnly74 = ayin.Text{FA: "میان دانشگاه دولتی و دانشگاه آزاد اسلامی فقط میهمانی طبق بند ۷-۴ ماده ۷ امکان پذیر است.", EN: "Between a state university and IAU only the guest study of tr.7.4 is possible."}
	msgNotYet      = ayin.Text{FA: "این بند هنوز در کتابخانه پیاده سازی نشده است.", EN: "This ground is not yet encoded in the library."}
)
