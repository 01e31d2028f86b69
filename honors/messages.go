package honors

import "github.com/ayinrules/ayin"

// The messages of the findings: fixed texts, so that a decision formats
// nothing (rulings R22). They state no number, because every number is the
// edition's data and a registrar's edition may change it.
var (
	msgHon1Held = ayin.Text{
		FA: "معدل کل به حداقل مقرر برای مقطع فارغ‌التحصیل می‌رسد.",
		EN: "The cumulative GPA reaches the minimum set for the graduate's level.",
	}
	msgHon1Failed = ayin.Text{
		FA: "معدل کل کمتر از حداقل مقرر برای مقطع فارغ‌التحصیل است.",
		EN: "The cumulative GPA is below the minimum set for the graduate's level.",
	}
	msgHon1NotCovered = ayin.Text{
		FA: "ضوابط فارغ‌التحصیلان ممتاز برای این مقطع حداقل معدلی تعیین نکرده است ؛ این مقطع مشمول ضوابط نیست (E139).",
		EN: "The excellence criteria set no GPA minimum for this level; the level is not covered (E139).",
	}

	msgHon2Held = ayin.Text{
		FA: "درس معادل‌سازی‌شده‌ای ندارد.",
		EN: "No course was credited by equivalence.",
	}
	msgHon2Failed = ayin.Text{
		FA: "دروس معادل‌سازی‌شده دارد؛ هر معدلی هم که داشته باشد مشمول ضوابط نیست (E140).",
		EN: "Courses were credited by equivalence, which excludes the graduate whatever the GPA (E140).",
	}

	msgHon3Held = ayin.Text{
		FA: "از ماده ۴۷ آیین‌نامه آموزشی استفاده نکرده است.",
		EN: "Article 47 of the educational regulations was not used.",
	}
	msgHon3Failed = ayin.Text{
		FA: "از ماده ۴۷ آیین‌نامه آموزشی استفاده کرده است و مشمول ضوابط نیست (E141).",
		EN: "Article 47 of the educational regulations was used, which excludes the graduate (E141).",
	}

	msgHon4Held = ayin.Text{
		FA: "رتبه فارغ‌التحصیل در میان سهمیه برتر، بر اساس تعداد ثبت‌نام‌شدگان واحد، است.",
		EN: "The graduate's rank is within the places of the top share, counted on the unit's registered students.",
	}
	msgHon4HeldTied = ayin.Text{
		FA: "رتبه فارغ‌التحصیل، که با دیگران در معدل برابر است و رتبه بهتر را با آنان شریک است، در میان سهمیه برتر است؛ تساوی در مرز سهمیه همه را در بر می‌گیرد.",
		EN: "The graduate's rank, shared with others of equal GPA, is within the places of the top share; a tie at the edge takes everyone tied.",
	}
	msgHon4Failed = ayin.Text{
		FA: "رتبه فارغ‌التحصیل خارج از سهمیه برتر بر اساس تعداد ثبت‌نام‌شدگان واحد است.",
		EN: "The graduate's rank is outside the places of the top share counted on the unit's registered students.",
	}
	msgHon4NoPlaces = ayin.Text{
		FA: "تعداد ثبت‌نام‌شدگان واحد در این دوره هیچ سهمیه‌ای به دست نمی‌دهد (سهم برتر به صفر گرد می‌شود).",
		EN: "The cohort's registered count gives no places: the top share rounds to zero.",
	}

	msgHon5Held = ayin.Text{
		FA: "در مدت مقرر فارغ‌التحصیل شده است.",
		EN: "Graduated within the semester limit.",
	}
	msgHon5Failed = ayin.Text{
		FA: "در بیش از مدت مقرر فارغ‌التحصیل شده است.",
		EN: "Graduated in more semesters than the limit.",
	}
	msgHon5FailedContinuous = ayin.Text{
		FA: "در بیش از مدت مقرر فارغ‌التحصیل شده است. سقف طبق متن برای همه مقاطع اعمال شد، اما برای کارشناسی پیوسته، که دوره‌ای طولانی‌تر است، احتمالاً افتادگی در متن است (E143)؛ پیش از اتکا به این رد تأیید شود.",
		EN: "Graduated in more semesters than the limit. The limit is applied as printed to every level, but for a continuous bachelor's, a longer programme, it is probably a drafting gap (E143): confirm before relying on this refusal.",
	}

	msgHon6Held = ayin.Text{
		FA: "نخستین استفاده است و در همان سال تحصیلی فراغت انجام می‌شود.",
		EN: "This is the first use, and it falls in the academic year of graduation.",
	}
	msgHon6FailedUsed = ayin.Text{
		FA: "پیش‌تر از این ضوابط استفاده کرده است؛ استفاده فقط یک بار ممکن است (E144).",
		EN: "The route was used before; it may be used only once (E144).",
	}
	msgHon6FailedYear = ayin.Text{
		FA: "استفاده خارج از سال تحصیلی فراغت است؛ این حق به سال بعد منتقل نمی‌شود (E144).",
		EN: "The use falls outside the academic year of graduation; the right does not carry over (E144).",
	}
	msgHon6FailedBoth = ayin.Text{
		FA: "پیش‌تر از این ضوابط استفاده کرده و این استفاده نیز خارج از سال تحصیلی فراغت است (E144).",
		EN: "The route was used before, and this use also falls outside the academic year of graduation (E144).",
	}

	msgHon7Held = ayin.Text{
		FA: "رشته پذیرش با رشته فراغت هم‌نام است.",
		EN: "The field of admission has the same name as the field of graduation.",
	}
	msgHon7Failed = ayin.Text{
		FA: "رشته پذیرش با رشته فراغت هم‌نام نیست؛ پذیرش فقط در رشته هم‌نام ممکن است (E145).",
		EN: "The field of admission differs from the field of graduation; admission is only in a same-named field (E145).",
	}

	msgHon8Held = ayin.Text{
		FA: "فارغ‌التحصیل از سوی واحد دانشگاهی معرفی شده است.",
		EN: "The graduate is introduced by the university unit.",
	}
	msgHon8Failed = ayin.Text{
		FA: "فارغ‌التحصیل از سوی واحد دانشگاهی یا مرکز آموزشی معرفی نشده است و بهره‌مند نمی‌شود (E146).",
		EN: "The graduate is not introduced by the university unit or centre, and does not benefit (E146).",
	}
)

// flagsE143 is the flag every continuous bachelor's decision carries: hon.5's
// printed limit of four semesters is applied as printed (E143).
var flagsE143 = []Flag{{Clause: Hon5, Errata: "E143", Message: ayin.Text{
	FA: "سقف نیمسال‌های بند hon.5 طبق متن برای همه مقاطع اعمال می‌شود؛ برای کارشناسی پیوسته، که دوره‌ای طولانی‌تر است، احتمالاً منظور طول عادی دوره بوده است.",
	EN: "hon.5's printed semester limit is applied to every level; for a continuous bachelor's, a longer programme, the source probably meant the programme's normal length.",
}}}[:1:1]

// The fixed findings the rules pick from, one per clause and message.
var (
	findHon1Held             = ayin.Finding{Clause: Hon1, Status: ayin.Held, Message: msgHon1Held}
	findHon1Failed           = ayin.Finding{Clause: Hon1, Status: ayin.Failed, Message: msgHon1Failed}
	findHon2Failed           = ayin.Finding{Clause: Hon2, Status: ayin.Failed, Message: msgHon2Failed}
	findHon2Held             = ayin.Finding{Clause: Hon2, Status: ayin.Held, Message: msgHon2Held}
	findHon3Failed           = ayin.Finding{Clause: Hon3, Status: ayin.Failed, Message: msgHon3Failed}
	findHon3Held             = ayin.Finding{Clause: Hon3, Status: ayin.Held, Message: msgHon3Held}
	findHon4NoPlaces         = ayin.Finding{Clause: Hon4, Status: ayin.Failed, Message: msgHon4NoPlaces}
	findHon4Failed           = ayin.Finding{Clause: Hon4, Status: ayin.Failed, Message: msgHon4Failed}
	findHon4HeldTied         = ayin.Finding{Clause: Hon4, Status: ayin.Held, Message: msgHon4HeldTied}
	findHon4Held             = ayin.Finding{Clause: Hon4, Status: ayin.Held, Message: msgHon4Held}
	findHon5Held             = ayin.Finding{Clause: Hon5, Status: ayin.Held, Message: msgHon5Held}
	findHon5FailedContinuous = ayin.Finding{Clause: Hon5, Status: ayin.Failed, Message: msgHon5FailedContinuous}
	findHon5Failed           = ayin.Finding{Clause: Hon5, Status: ayin.Failed, Message: msgHon5Failed}
	findHon6FailedBoth       = ayin.Finding{Clause: Hon6, Status: ayin.Failed, Message: msgHon6FailedBoth}
	findHon6FailedUsed       = ayin.Finding{Clause: Hon6, Status: ayin.Failed, Message: msgHon6FailedUsed}
	findHon6FailedYear       = ayin.Finding{Clause: Hon6, Status: ayin.Failed, Message: msgHon6FailedYear}
	findHon6Held             = ayin.Finding{Clause: Hon6, Status: ayin.Held, Message: msgHon6Held}
	findHon7Held             = ayin.Finding{Clause: Hon7, Status: ayin.Held, Message: msgHon7Held}
	findHon7Failed           = ayin.Finding{Clause: Hon7, Status: ayin.Failed, Message: msgHon7Failed}
	findHon8Held             = ayin.Finding{Clause: Hon8, Status: ayin.Held, Message: msgHon8Held}
	findHon8Failed           = ayin.Finding{Clause: Hon8, Status: ayin.Failed, Message: msgHon8Failed}
)
