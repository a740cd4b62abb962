## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = شروع کنید
button-continue = ادامه
button-send = فرستادن
button-carry-on = ادامه دهید
button-skip = رد شدن از این سؤال‌ها
link-back = بازگشت
select-choose = یک ماه را انتخاب کنید
spam-trap-label = این کادر را خالی بگذارید
offer-call-back = می‌توانید به‌جای این، از ما بخواهید به شما زنگ بزنیم
check-change = تغییر
check-not-answered = جواب داده نشده
consent-privacy-link = بخوانید که چطور از اطلاعات شما استفاده می‌کنیم (اطلاعیهٔ حریم خصوصی)
textarea-count =
    { $used } حرف از { $max ->
        [one] { $max } حرف
       *[other] { $max } حرف
    } را نوشته‌اید.

## Errors

error-summary-title = مشکلی پیش آمده است
error-prefix = خطا:
error-title-prefix = خطا:
error-choose-from-list = یکی از جواب‌های فهرست را انتخاب کنید
error-too-long =
    { $count ->
        [one] { $count } حرف
       *[other] { $count } حرف
    } یا کمتر بنویسید
error-phone = شمارهٔ تلفن را به این شکل بنویسید: 07700 900 982 یا +48 601 234 567
error-email = نشانی ایمیل را به این شکل بنویسید: name@example.com
error-postcode = کد پستی را به این شکل بنویسید: B1 1BB
error-year = سال میلادی را با ۴ رقم بنویسید، مثل 2024
error-years = تعداد سال‌ها را بنویسید، مثل 3
error-crime-reference = شمارهٔ پروندهٔ پلیس فقط حرف، عدد، / و - دارد
error-reference = شمارهٔ پیگیری‌تان را بنویسید، مثل RJ-HK4M-7TWX
error-date-future = تاریخ باید در گذشته باشد
error-too-fast = لطفاً جواب‌هایتان را نگاه کنید، بعد دوباره آن‌ها را بفرستید

## Start pages

start-referral-title = درخواست عدالت ترمیمی
start-referral-body =
    چند سؤال دربارهٔ خودتان و اتفاقی که افتاده از شما می‌پرسیم. حدود ۱۵ دقیقه طول می‌کشد.

    رایگان است. محرمانه است. تا خودتان نخواهید، هیچ کاری انجام نمی‌شود، و هر وقت بخواهید می‌توانید دست بکشید.

    می‌توانید از هر سؤالی که نمی‌خواهید الان جواب دهید، رد شوید. بعد یکی از اعضای تیم ما از راهی که خودتان انتخاب می‌کنید با شما تماس می‌گیرد.
start-call-back-title = از ما بخواهید به شما زنگ بزنیم
start-call-back-body =
    یک شمارهٔ تلفن و یک وقت مناسب برای زنگ زدن به ما بدهید. حدود ۳ دقیقه طول می‌کشد.

    زنگ می‌زنیم تا به سؤال‌هایتان جواب دهیم. لازم نیست پشت تلفن دربارهٔ چیزی تصمیم بگیرید.
start-withdrawal-title = لغو معرفی
start-withdrawal-body =
    هر وقت و به هر دلیلی می‌توانید دست بکشید. لازم نیست دلیلش را به ما بگویید.

    به شمارهٔ پیگیری‌ای که به شما دادیم نیاز دارید.
start-kept-for =
    تا وقتی این فرم را پر می‌کنید، جواب‌هایتان را حداکثر { $hours ->
        [one] { $hours } ساعت
       *[other] { $hours } ساعت
    } روی سرور خودمان نگه می‌داریم. وقتی آن‌ها را بفرستید یا دکمهٔ «{ quick-exit }» را بزنید، پاک می‌شوند.

## Referral: who it is for

q-for-whom = این درخواست برای کیست؟
q-for-whom-me = برای خودم
q-for-whom-someone-else = برای کس دیگری که با آن موافق است
q-for-whom-error = انتخاب کنید این درخواست برای کیست

step-referral-on-behalf = دربارهٔ شما
q-relationship = آن شخص را از کجا می‌شناسید؟
q-relationship-family = از خانواده‌اش هستم
q-relationship-friend = دوستش هستم
q-relationship-supporter = از او پشتیبانی می‌کنم (مثلاً از او مراقبت می‌کنم یا مدافع حقوق او هستم)
q-relationship-professional = در کارم با او سروکار دارم
q-relationship-error = انتخاب کنید آن شخص را از کجا می‌شناسید
q-organisation-type = کجا کار می‌کنید؟
q-organisation-type-police = پلیس
q-organisation-type-probation = ادارهٔ مراقبت (Probation)
q-organisation-type-victim-care = مراقبت یا حمایت از قربانیان
q-organisation-type-yot = تیم جوانان (Youth offending team)
q-organisation-type-prison = زندان
q-organisation-type-csp = همکاری برای امنیت محله (Community safety partnership)
q-organisation-type-health = خدمات درمانی، مانند پزشک عمومی یا بیمارستان
q-organisation-type-school = مدرسه یا کالج
q-organisation-type-other = جای دیگر
q-organisation-type-error = انتخاب کنید کجا کار می‌کنید
q-organisation-name = نام سازمان شما (اختیاری)

step-referral-your-details = مشخصات شما
q-referrer-name = نام شما
q-referrer-name-error = نامتان را بنویسید
q-referrer-phone = شمارهٔ تلفن شما
q-referrer-phone-error = شمارهٔ تلفنتان را بنویسید
q-referrer-email = نشانی ایمیل شما (اختیاری)

q-agreed = آیا آن شخص با این معرفی موافقت کرده است؟
q-agreed-hint = ما فقط می‌توانیم به کسی کمک کنیم که خودش کمک ما را می‌خواهد. اگر افسر پلیس هستید و هنوز از او نپرسیده‌اید، ما می‌توانیم از طرف شما از او بپرسیم.
q-agreed-yes = بله، موافق است
q-agreed-not-asked = هنوز از او نپرسیده‌ام
q-agreed-no = نه، موافق نیست
q-agreed-error = انتخاب کنید که آیا او موافق است یا نه

step-referral-need-agreement = اول باید آن شخص موافقت کند
step-referral-need-agreement-body =
    عدالت ترمیمی فقط وقتی نتیجه می‌دهد که افراد خودشان آن را انتخاب کنند. برای همین، فقط وقتی می‌توانیم معرفی را بپذیریم که آن شخص از آن خبر داشته باشد و موافق باشد.

    می‌توانید دربارهٔ این وب‌سایت به او بگویید، یا شمارهٔ تلفن ما را به او بدهید. او می‌تواند خودش با ما تماس بگیرد، یا به شما اجازه دهد این فرم را بفرستید.

    اگر نگران امنیت او هستید، در وضعیت اضطراری به 999 زنگ بزنید، و اگر اضطراری نیست به 101.

step-referral-we-will-ask = ما از طرف شما از او می‌پرسیم
step-referral-we-will-ask-body =
    متشکریم. هنوز از او پرسیده نشده، پس ما اول با او تماس می‌گیریم و می‌پرسیم که آیا کمک ما را می‌خواهد یا نه. تا او «بله» نگوید، هیچ کار دیگری انجام نمی‌شود.

    ادامه دهید و آنچه را می‌دانید به ما بگویید. هر چیزی را که از آن مطمئن نیستید، می‌توانید ننویسید.

## Referral: what happened

q-connection = چه ارتباطی با اتفاقی که افتاده دارید؟
q-connection-harmed = به من آسیب رسید
q-connection-family-harmed = به یکی از اعضای خانواده‌ام آسیب رسید
q-connection-bereaved = یکی از اعضای خانواده‌ام به خاطر یک جرم جانش را از دست داد
q-connection-caused-harm = من آسیب زدم
q-connection-other-affected = این اتفاق به شکل دیگری روی من اثر گذاشت
q-connection-error = انتخاب کنید چه ارتباطی با آن دارید
q-connection-them = آن شخص چه ارتباطی با اتفاقی که افتاده دارد؟
q-connection-them-harmed = به او آسیب رسید
q-connection-them-family-harmed = به یکی از اعضای خانواده‌اش آسیب رسید
q-connection-them-bereaved = یکی از اعضای خانواده‌اش به خاطر یک جرم جانش را از دست داد
q-connection-them-caused-harm = او آسیب زد
q-connection-them-other-affected = این اتفاق به شکل دیگری روی او اثر گذاشت
q-connection-them-error = انتخاب کنید او چه ارتباطی با آن دارد

step-referral-what-happened = چه اتفاقی افتاد
q-crime-type = چه نوع جرمی بود؟
q-crime-type-hint = نزدیک‌ترین گزینه را انتخاب کنید. لازم نیست جزئیات بدهید.
q-crime-type-violence = خشونت یا کتک زدن
q-crime-type-sexual = جرم جنسی
q-crime-type-domestic-abuse = خشونت خانگی
q-crime-type-hate-crime = جرم از روی نفرت
q-crime-type-burglary = دزدی از خانه یا ساختمان
q-crime-type-robbery = زورگیری
q-crime-type-theft = دزدی
q-crime-type-criminal-damage = خسارت زدن به اموال
q-crime-type-fraud-online = کلاهبرداری یا جرم اینترنتی
q-crime-type-harassment = آزار و اذیت یا تعقیب و مزاحمت
q-crime-type-driving = جرم رانندگی
q-crime-type-asb = رفتار ضد اجتماعی، مثل سروصدا یا مزاحمت
q-crime-type-not-crime = آسیبی که جرم نبود، مثلاً در مدرسه یا محل کار
q-crime-type-other = چیز دیگر
q-crime-type-prefer-not = ترجیح می‌دهم نگویم
q-crime-type-error = نوع جرم، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-markers = آیا هیچ‌کدام از این‌ها درست است؟ (اختیاری)
q-markers-hate = به خاطر هویت من بود، مثل نژاد، دین، معلولیت، گرایش جنسی یا جنسیتم
q-markers-online = در اینترنت اتفاق افتاد
q-markers-domestic = کار همسر یا شریک زندگی، همسر یا شریک سابق، یا یکی از اعضای خانواده بود

step-referral-not-a-crime = ما بعد از جرم کمک می‌کنیم
step-referral-not-a-crime-body =
    خدمات ما برای آسیبی است که از یک جرم به وجود آمده. برای آسیبی در مدرسه، محل کار یا خانه که جرم نبوده، شاید مدرسه، کارفرما یا یک مرکز میانجی‌گری محلی بتواند کمک کند.

    باز هم می‌توانید مشخصاتتان را برای ما بفرستید. آن‌ها را می‌خوانیم و به شما می‌گوییم چه کسی می‌تواند کمک کند.

step-referral-anti-social-behaviour = کمک دربارهٔ رفتار ضد اجتماعی
step-referral-anti-social-behaviour-body =
    رفتار ضد اجتماعی، مثل سروصدا یا مزاحمت همسایه‌ها، معمولاً جرم نیست. شهرداری محل شما یا صاحب‌خانه‌تان اغلب برای این مشکل خدمات میانجی‌گری رایگان دارد.

    باز هم می‌توانید مشخصاتتان را برای ما بفرستید. آن‌ها را می‌خوانیم و به شما می‌گوییم چه کسی می‌تواند کمک کند.

step-referral-when = چه وقت اتفاق افتاد
q-when = چه وقت اتفاق افتاد؟
q-when-date = ماه و سالش را می‌دانم
q-when-years-ago = تقریباً می‌دانم چند سال پیش بود
q-when-not-sure = مطمئن نیستم
q-when-error = انتخاب کنید چه وقت اتفاق افتاد
q-when-month = ماه
q-when-month-error = ماه را انتخاب کنید
q-when-year = سال
q-when-year-hint = سال میلادی، مثلاً 2024
q-when-year-error = سال را بنویسید
q-when-years = چند سال پیش؟
q-when-years-error = بنویسید چند سال پیش بود
q-how-long = چه مدت ادامه داشت؟ (اختیاری)
q-how-long-hint = بعضی آسیب‌ها یک بار اتفاق می‌افتد. بعضی مدت زیادی ادامه پیدا می‌کند.
q-how-long-once = یک بار اتفاق افتاد، یا چند روز ادامه داشت
q-how-long-up-to-3-years = تا ۳ سال ادامه داشت
q-how-long-more-than-3-years = بیشتر از ۳ سال ادامه داشت
q-how-long-not-sure = مطمئن نیستم
q-ongoing = آیا هنوز ادامه دارد، یا نگرانید که دوباره اتفاق بیفتد؟ (اختیاری)
q-ongoing-yes = بله
q-ongoing-no = نه
q-ongoing-not-sure = مطمئن نیستم

step-referral-police = پلیس و دادگاه
q-reported = آیا به پلیس گزارش شد؟
q-reported-hint = برای درخواست کمک از ما، لازم نیست به پلیس گفته باشید.
q-reported-yes = بله
q-reported-no = نه
q-reported-not-sure = مطمئن نیستم
q-reported-error = «بله»، «نه» یا «مطمئن نیستم» را انتخاب کنید
q-crime-reference = شمارهٔ پروندهٔ پلیس (اختیاری)
q-crime-reference-hint = فقط اگر آن را دمِ دست دارید.
q-stage = الان وضعیت آن چیست؟
q-stage-not-reported = گزارش نشد
q-stage-investigating = پلیس در حال بررسی آن است
q-stage-awaiting-court = در انتظار دادگاه است
q-stage-prison = کسی به زندان فرستاده شد
q-stage-community = کسی مجازاتی بیرون از زندان گرفت (community sentence)
q-stage-finished = همه‌چیز تمام شده است
q-stage-no-further-action = پلیس کار دیگری انجام نداد
q-stage-dont-know = نمی‌دانم
q-stage-error = انتخاب کنید الان وضعیت آن چیست
q-agencies = آیا غیر از پلیس، سازمان‌های دیگری هم درگیر این موضوع هستند؟ (اختیاری)
q-agencies-hint = مثلاً خدمات اجتماعی، یک مددکار، یک تیم سلامت روان یا یک مدرسه.
q-agencies-yes = بله
q-agencies-no = نه
q-agencies-not-sure = مطمئن نیستم

step-referral-where = کجا
q-area-happened = کجا اتفاق افتاد؟
q-area-happened-error = انتخاب کنید کجا اتفاق افتاد
q-area-lives = کجا زندگی می‌کنید؟
q-area-lives-error = انتخاب کنید کجا زندگی می‌کنید
q-area-lives-them = آن شخص کجا زندگی می‌کند؟
q-area-lives-them-error = انتخاب کنید او کجا زندگی می‌کند
# same-as-en: a place name
q-area-happened-birmingham = Birmingham
# same-as-en: a place name
q-area-happened-coventry = Coventry
# same-as-en: a place name
q-area-happened-dudley = Dudley
# same-as-en: a place name
q-area-happened-sandwell = Sandwell
# same-as-en: a place name
q-area-happened-solihull = Solihull
# same-as-en: a place name
q-area-happened-walsall = Walsall
# same-as-en: a place name
q-area-happened-wolverhampton = Wolverhampton
q-area-happened-elsewhere = جای دیگر
q-area-happened-not-sure = مطمئن نیستم
# same-as-en: a place name
q-area-lives-birmingham = Birmingham
# same-as-en: a place name
q-area-lives-coventry = Coventry
# same-as-en: a place name
q-area-lives-dudley = Dudley
# same-as-en: a place name
q-area-lives-sandwell = Sandwell
# same-as-en: a place name
q-area-lives-solihull = Solihull
# same-as-en: a place name
q-area-lives-walsall = Walsall
# same-as-en: a place name
q-area-lives-wolverhampton = Wolverhampton
q-area-lives-elsewhere = جای دیگر
q-area-lives-not-sure = مطمئن نیستم

step-referral-outside-area = کمک بیرون از West Midlands
step-referral-outside-area-body =
    ما در West Midlands کار می‌کنیم. در سراسر England و Wales خدمات عدالت ترمیمی هست، و ما می‌توانیم مشخصات شما را به خدماتی که نزدیک شماست بفرستیم.

    باز هم می‌توانید مشخصاتتان را برای ما بفرستید. با خدمات مناسب حرف می‌زنیم و به شما خبر می‌دهیم.

step-referral-other-person = طرف مقابل
q-other-age = کسی که آسیب زده چند سال دارد؟
q-other-age-hint = اگر شما آسیب زده‌اید، دربارهٔ کسی که به او آسیب زده‌اید بگویید.
q-other-age-under-18 = زیر ۱۸ سال
q-other-age-adult = ۱۸ سال یا بیشتر
q-other-age-dont-know = نمی‌دانم
q-other-age-error = یک سن، یا «نمی‌دانم» را انتخاب کنید
q-other-age-them = کسی که آسیب زده چند سال دارد؟
q-other-age-them-hint = اگر کسی که معرفی می‌کنید خودش آسیب زده است، دربارهٔ کسی بگویید که از او آسیب دیده است.
q-other-age-them-error = یک سن، یا «نمی‌دانم» را انتخاب کنید
q-other-known = می‌دانید او کیست؟
q-other-known-yes = بله
q-other-known-no = نه
q-other-known-not-sure = مطمئن نیستم
q-other-known-error = «بله»، «نه» یا «مطمئن نیستم» را انتخاب کنید
q-how-many = چند نفر آسیب زدند؟
q-how-many-one = یک نفر
q-how-many-two-or-three = ۲ یا ۳ نفر
q-how-many-more-than-three = بیشتر از ۳ نفر
q-how-many-dont-know = نمی‌دانم
q-how-many-error = انتخاب کنید چند نفر بودند
q-how-many-harmed = به چند نفر آسیب رسید؟ (اختیاری)
q-how-many-harmed-one = یک نفر
q-how-many-harmed-two-or-three = ۲ یا ۳ نفر
q-how-many-harmed-more-than-three = بیشتر از ۳ نفر
q-how-many-harmed-dont-know = نمی‌دانم
q-vulnerable = آیا کسی از افراد مرتبط با این موضوع، برای اینکه بتواند به‌طور امن شرکت کند، به مراقبت بیشتری نیاز دارد؟ (اختیاری)
q-vulnerable-hint = مثلاً به خاطر سن، معلولیت یا سلامت روانش.
q-vulnerable-yes = بله
q-vulnerable-no = نه
q-vulnerable-not-sure = مطمئن نیستم

step-referral-young-person = وقتی یک نوجوان آسیب زده است
step-referral-young-person-body =
    وقتی کسی که آسیب زده زیر ۱۸ سال است، معمولاً Youth Offending Team محلی کار را پیش می‌برد. این تیمِ شهرداری با نوجوانانی کار می‌کند که قانون را زیر پا گذاشته‌اند. ما اول با آن‌ها حرف می‌زنیم، و مطمئن می‌شویم که شما کمک درستی بگیرید.

    باز هم می‌توانید مشخصاتتان را برای ما بفرستید.

## Referral: in your own words, about you

step-referral-own-words = با کلمات خودتان (اختیاری)
q-story = چه اتفاقی افتاد؟
q-story-hint = فقط چیزی را بگویید که خودتان می‌خواهید. می‌توانید این را خالی بگذارید.
q-hopes = دوست دارید چه اتفاقی بیفتد؟
q-hopes-hint = مثلاً سؤالی بپرسید، حرفتان شنیده شود، یا از شما عذرخواهی شود.
q-hopes-them = آن شخص دوست دارد چه اتفاقی بیفتد؟
q-hopes-them-hint = مثلاً سؤالی بپرسد، حرفش شنیده شود، یا از او عذرخواهی شود.

step-referral-about-you = دربارهٔ شما
step-referral-about-you-them = دربارهٔ آن شخص
q-name = شما را چه صدا کنیم؟
q-name-hint = می‌تواند اسم کوچک شما باشد، یا اسمی که خودتان ترجیح می‌دهید.
q-name-error = بنویسید شما را چه صدا کنیم
q-name-them = آن شخص را چه صدا کنیم؟
q-name-them-hint = می‌تواند اسم کوچک او باشد، یا اسمی که خودش ترجیح می‌دهد.
q-name-them-error = بنویسید آن شخص را چه صدا کنیم
q-age-band = چند سال دارید؟
q-age-band-under-18 = زیر ۱۸ سال
q-age-band-18-24 = ۱۸ تا ۲۴ سال
q-age-band-25-34 = ۲۵ تا ۳۴ سال
q-age-band-35-44 = ۳۵ تا ۴۴ سال
q-age-band-45-54 = ۴۵ تا ۵۴ سال
q-age-band-55-64 = ۵۵ تا ۶۴ سال
q-age-band-65-plus = ۶۵ سال یا بیشتر
q-age-band-prefer-not = ترجیح می‌دهم نگویم
q-age-band-error = سنتان، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-age-band-them = او چند سال دارد؟
q-age-band-them-error = سن او، یا «ترجیح می‌دهم نگویم» را انتخاب کنید

step-referral-under-18 = اگر زیر ۱۸ سال دارید
step-referral-under-18-body =
    در هر سنی می‌توانید در عدالت ترمیمی شرکت کنید. لازم نیست پدر یا مادرتان اجازه بدهند.

    اگر بخواهید، مطمئن می‌شویم که یک بزرگسال برای پشتیبانی همراه شما باشد، مثل پدر یا مادر، کسی که از شما مراقبت می‌کند، یا مددکار جوانان.

step-referral-under-18-them = اگر آن شخص زیر ۱۸ سال دارد
step-referral-under-18-them-body =
    هر کسی در هر سنی می‌تواند در عدالت ترمیمی شرکت کند. لازم نیست پدر یا مادرش اجازه بدهند.

    اگر بخواهد، مطمئن می‌شویم که یک بزرگسال برای پشتیبانی همراهش باشد، مثل پدر یا مادر، کسی که از او مراقبت می‌کند، یا مددکار جوانان.

## Referral: contacting you safely

step-referral-contact = چطور با شما تماس بگیریم
step-referral-contact-them = چطور با آن شخص تماس بگیریم
q-contact-ways = از چه راه‌هایی می‌توانیم با شما تماس بگیریم؟
q-contact-ways-hint = همهٔ راه‌هایی را انتخاب کنید که برای شما امن است.
q-contact-ways-phone = تماس تلفنی
q-contact-ways-text = پیامک
q-contact-ways-email = ایمیل
q-contact-ways-letter = نامه
q-contact-ways-error = دست‌کم یک راه تماس را انتخاب کنید
q-contact-ways-them = از چه راه‌هایی می‌توانیم با او تماس بگیریم؟
q-contact-ways-them-hint = همهٔ راه‌هایی را انتخاب کنید که برای او امن است.
q-contact-ways-them-error = دست‌کم یک راه تماس با او را انتخاب کنید
q-phone = شمارهٔ تلفن
q-phone-error = شمارهٔ تلفن را بنویسید
q-email = نشانی ایمیل
q-email-error = نشانی ایمیل را بنویسید
q-address = نشانی
q-address-error = نشانی‌تان را بنویسید
q-address-them = نشانی او
q-address-them-error = نشانی او را بنویسید
q-postcode = کد پستی
q-postcode-error = کد پستی‌تان را بنویسید
q-postcode-them = کد پستی او
q-postcode-them-error = کد پستی او را بنویسید

step-referral-contact-safety = تماس امن
q-voicemail-ok = آیا امن است که پیام صوتی بگذاریم یا پیامک بفرستیم؟
q-voicemail-ok-hint = ما هرگز در پیام نمی‌گوییم موضوع چیست.
q-voicemail-ok-yes = بله
q-voicemail-ok-no = نه
q-voicemail-ok-error = «بله» یا «نه» را انتخاب کنید
q-email-ok = آیا امن است که به شما ایمیل بفرستیم؟
q-email-ok-yes = بله
q-email-ok-no = نه
q-email-ok-error = «بله» یا «نه» را انتخاب کنید
q-email-ok-them = آیا امن است که به او ایمیل بفرستیم؟
q-email-ok-them-error = «بله» یا «نه» را انتخاب کنید
q-safe-times = چه وقتی تماس با شما امن است؟ (اختیاری)
q-safe-times-hint = مثلاً روزهای کاری بعد از ساعت ۲ بعدازظهر.
q-safe-times-them = چه وقتی تماس با او امن است؟ (اختیاری)
q-safe-times-them-hint = مثلاً روزهای کاری بعد از ساعت ۲ بعدازظهر.
q-caller-notes = چیزی هست که کسی که زنگ می‌زند باید بگوید یا نباید بگوید؟ (اختیاری)
q-caller-notes-hint = مثلاً «بگویید از مطب دکتر زنگ می‌زنید» یا «سراغ سام را بگیرید».

## Referral: your needs, your safety

step-referral-needs = آنچه از ما لازم دارید
step-referral-needs-them = آنچه او از ما لازم دارد
q-language = دوست دارید به چه زبانی حرف بزنیم؟ (اختیاری)
q-language-them = او دوست دارد به چه زبانی حرف بزند؟ (اختیاری)
q-interpreter = مترجم می‌خواهید؟
q-interpreter-yes = بله
q-interpreter-no = نه
q-interpreter-error = «بله» یا «نه» را انتخاب کنید
q-interpreter-them = آیا او مترجم می‌خواهد؟
q-interpreter-them-error = «بله» یا «نه» را انتخاب کنید
q-bsl = آیا از زبان اشارهٔ بریتانیایی (British Sign Language یا BSL) استفاده می‌کنید؟
q-bsl-yes = بله
q-bsl-no = نه
q-bsl-error = «بله» یا «نه» را انتخاب کنید
q-bsl-them = آیا او از زبان اشارهٔ بریتانیایی (British Sign Language یا BSL) استفاده می‌کند؟
q-bsl-them-error = «بله» یا «نه» را انتخاب کنید
q-access = آیا هیچ‌کدام از این‌ها به شما کمک می‌کند؟ (اختیاری)
q-access-them = آیا هیچ‌کدام از این‌ها به او کمک می‌کند؟ (اختیاری)
q-access-large-print = چاپ با حروف درشت
q-access-easy-read = متن آسان‌خوان (Easy Read)
q-access-hearing = کمک برای شنیدن
q-access-sight = کمک برای دیدن
q-access-mobility = کمک برای رفت‌وآمد
q-access-learning-disability = پشتیبانی برای ناتوانی یادگیری
q-access-mental-health = پشتیبانی برای سلامت روان
q-support-person = دوست دارید کسی برای پشتیبانی همراه شما باشد؟
q-support-person-hint = مثلاً یک دوست، یکی از اعضای خانواده یا یک مددکار.
q-support-person-yes = بله
q-support-person-no = نه
q-support-person-error = «بله» یا «نه» را انتخاب کنید
q-support-person-them = آیا او دوست دارد کسی برای پشتیبانی همراهش باشد؟
q-support-person-them-hint = مثلاً یک دوست، یکی از اعضای خانواده یا یک مددکار.
q-support-person-them-error = «بله» یا «نه» را انتخاب کنید

q-safe-now = آیا همین حالا در امان هستید؟
q-safe-now-yes = بله
q-safe-now-no = نه
q-safe-now-not-sure = مطمئن نیستم
q-safe-now-error = «بله»، «نه» یا «مطمئن نیستم» را انتخاب کنید
q-safe-now-them = آیا آن شخص همین حالا در امان است؟
q-safe-now-them-error = «بله»، «نه» یا «مطمئن نیستم» را انتخاب کنید

step-referral-not-safe = گرفتن کمک همین حالا
step-referral-not-safe-body =
    اگر در خطر هستید، همین حالا به 999 زنگ بزنید.

    اگر نمی‌توانید حرف بزنید، با موبایل به 999 زنگ بزنید. وقتی صدایی شنیدید، 55 را بزنید. این‌طوری پلیس می‌فهمد که واقعاً وضعیت اضطراری است.

    اگر اضطراری نیست، با شمارهٔ 101 به پلیس زنگ بزنید.

    هر وقت آماده بودید، می‌توانید پر کردن این فرم را ادامه دهید. وقتی با شما تماس بگیریم، بیشتر مراقب خواهیم بود.

step-referral-not-safe-them = گرفتن کمک همین حالا
step-referral-not-safe-them-body =
    اگر آن شخص در خطر است، همین حالا به 999 زنگ بزنید.

    اگر اضطراری نیست، با شمارهٔ 101 به پلیس زنگ بزنید.

    هر وقت آماده بودید، می‌توانید پر کردن این فرم را ادامه دهید. وقتی با او تماس بگیریم، بیشتر مراقب خواهیم بود.

## Referral: check, consent, send

step-referral-check = جواب‌هایتان را نگاه کنید
step-referral-consent = موافقت شما
step-referral-consent-body =
    شرکت کردن به انتخاب خودتان است. هر وقت بخواهید می‌توانید دست بکشید، حتی بعد از فرستادن این فرم.

    از جواب‌هایتان برای تماس با شما و برنامه‌ریزی قدم بعدی استفاده می‌کنیم. آن‌ها را امن نگه می‌داریم و فقط وقتی مجبور باشیم به کسی می‌دهیم، مثلاً برای اینکه کسی از آسیب در امان بماند.
q-consent = موافقت شما
q-consent-agree = موافقم که از جواب‌هایم برای تماس با من دربارهٔ عدالت ترمیمی استفاده کنید
q-consent-error = برای موافقت، کادر را تیک بزنید تا بتوانیم با شما تماس بگیریم
step-referral-consent-them = فرستادن این معرفی
step-referral-consent-them-body =
    شرکت کردن همیشه به انتخاب خود آن شخص است. او هر وقت بخواهد می‌تواند دست بکشد، حتی بعد از اینکه شما این فرم را فرستادید.

    از این جواب‌ها برای تماس با آن شخص، و در صورت لزوم با شما، و برای برنامه‌ریزی قدم بعدی استفاده می‌کنیم. آن‌ها را امن نگه می‌داریم و فقط وقتی مجبور باشیم به کسی می‌دهیم، مثلاً برای اینکه کسی از آسیب در امان بماند.
q-consent-them = موافقت شما
q-consent-them-agree = موافقم که از این جواب‌ها برای تماس با آن شخص، و در صورت لزوم با من، دربارهٔ عدالت ترمیمی استفاده کنید
q-consent-them-error = برای موافقت، کادر را تیک بزنید تا بتوانیم با آن شخص تماس بگیریم

## Call back

step-call-back-your-details = مشخصات شما
step-call-back-when = چه وقت زنگ بزنیم
q-call-days = کدام روزها بهتر است؟ (اختیاری)
q-call-days-monday = دوشنبه
q-call-days-tuesday = سه‌شنبه
q-call-days-wednesday = چهارشنبه
q-call-days-thursday = پنجشنبه
q-call-days-friday = جمعه
q-call-times = چه ساعتی از روز بهتر است؟ (اختیاری)
q-call-times-morning = صبح
q-call-times-lunchtime = وقت ناهار
q-call-times-afternoon = بعدازظهر
step-call-back-language = زبان
q-call-reason = دوست دارید دربارهٔ چه چیزی حرف بزنیم؟ (اختیاری)
q-call-reason-hint = چند کلمه کافی است. می‌توانید این را خالی بگذارید.
step-call-back-check = جواب‌هایتان را نگاه کنید
step-call-back-consent = موافقت شما
step-call-back-consent-body =
    از شمارهٔ تلفن شما فقط برای این استفاده می‌کنیم که دربارهٔ عدالت ترمیمی به شما زنگ بزنیم.

## Withdrawal

step-withdrawal-details = لغو معرفی
step-withdrawal-details-body =
    شمارهٔ پیگیری‌تان را بنویسید، و بگویید چطور می‌توانیم مطمئن شویم که خودتان هستید. ما اینجا هیچ اطلاعاتی دربارهٔ معرفی‌تان به شما نشان نمی‌دهیم.
q-reference = شمارهٔ پیگیری شما
q-reference-hint = با RJ شروع می‌شود، مثل RJ-HK4M-7TWX.
q-reference-error = شمارهٔ پیگیری‌تان را بنویسید
q-withdraw-contact = شمارهٔ تلفن یا نشانی ایمیل شما
q-withdraw-contact-hint = همان که به ما دادید، تا بتوانیم مطمئن شویم که خودتان هستید.
q-withdraw-contact-error = شمارهٔ تلفن یا نشانی ایمیلتان را بنویسید
q-withdraw-reason = چرا می‌خواهید دست بکشید؟ (اختیاری)
q-withdraw-reason-hint = لازم نیست به ما بگویید.
q-withdraw-confirm = تأیید
q-withdraw-confirm-confirm = می‌خواهم معرفی‌ام لغو شود
q-withdraw-confirm-error = اگر می‌خواهید دست بکشید، برای تأیید کادر را تیک بزنید

## Confirmation

sent-referral-title = معرفی شما به دست ما رسید
sent-call-back-title = به شما زنگ می‌زنیم
sent-withdrawal-title = درخواست لغو شما به دست ما رسید
sent-reference = شمارهٔ پیگیری شما این است:
sent-keep-reference = این شماره را جای امنی نگه دارید. اگر دربارهٔ این موضوع با ما تماس بگیرید، به آن نیاز دارید.
sent-next-heading = بعد چه اتفاقی می‌افتد
sent-referral-next = یکی از اعضای تیم ما تا { $date } از راهی که گفته‌اید امن است، با شما تماس می‌گیرد.
sent-call-back-next = تا { $date } به شما زنگ می‌زنیم.
sent-withdrawal-next = کار روی معرفی شما را متوقف می‌کنیم، و اگر تماس با شما امن باشد، تا { $date } این را به شما خبر می‌دهیم.
sent-contact-heading = تماس با ما
sent-withdraw-heading = اگر نظرتان عوض شد
sent-withdraw-text = هر وقت بخواهید، می‌توانید دست بکشید.
sent-withdraw-link = لغو معرفی
sent-support-heading = کمک در مدتی که منتظرید
sent-support-text = هر وقت بخواهید، می‌توانید از Victim Support (سازمان حمایت از قربانیان) کمک رایگان بگیرید، چه در عدالت ترمیمی شرکت کنید چه نه. در وضعیت اضطراری به 999 زنگ بزنید.
sent-print = برای اینکه سابقه‌ای داشته باشید، شمارهٔ پیگیری را یادداشت کنید یا این صفحه را چاپ کنید.
sent-equality-heading = کمک کنید منصف باشیم (اختیاری)
sent-equality-text = چند سؤال دربارهٔ شما به ما کمک می‌کند ببینیم که با همه منصفانه رفتار می‌کنیم. جواب‌های شما جدا از معرفی‌تان نگه داشته می‌شود.
sent-equality-link = به سؤال‌های برابری جواب دهید
sent-home-link = رفتن به صفحهٔ اصلی

## Equality monitoring

step-referral-equality = کمک کنید منصف باشیم
step-referral-equality-body =
    جواب دادن به این سؤال‌ها اختیاری است. جواب‌های شما جدا از معرفی‌تان نگه داشته می‌شود، و فقط برای شمردن تعداد کسانی که به آن‌ها کمک می‌کنیم استفاده می‌شود.
q-eq-age = چند سال دارید؟
q-eq-age-under-18 = زیر ۱۸ سال
q-eq-age-18-24 = ۱۸ تا ۲۴ سال
q-eq-age-25-34 = ۲۵ تا ۳۴ سال
q-eq-age-35-44 = ۳۵ تا ۴۴ سال
q-eq-age-45-54 = ۴۵ تا ۵۴ سال
q-eq-age-55-64 = ۵۵ تا ۶۴ سال
q-eq-age-65-plus = ۶۵ سال یا بیشتر
q-eq-age-prefer-not = ترجیح می‌دهم نگویم
q-eq-sex = شما زن هستید یا مرد؟
q-eq-sex-female = زن
q-eq-sex-male = مرد
q-eq-sex-prefer-not = ترجیح می‌دهم نگویم
q-eq-gender-same = آیا جنسیتی که خودتان را با آن می‌شناسید، همان جنسی است که هنگام تولد برایتان ثبت شد؟
q-eq-gender-same-yes = بله
q-eq-gender-same-no = نه
q-eq-gender-same-prefer-not = ترجیح می‌دهم نگویم
q-eq-ethnicity = گروه قومی شما چیست؟
q-eq-ethnicity-white-british = سفیدپوست: انگلیسی، ولزی، اسکاتلندی، اهل ایرلند شمالی یا بریتانیایی
q-eq-ethnicity-white-irish = سفیدپوست: ایرلندی
q-eq-ethnicity-white-gypsy-traveller = سفیدپوست: کولی (Gypsy) یا Irish Traveller
q-eq-ethnicity-white-roma = سفیدپوست: رُم (Roma)
q-eq-ethnicity-white-other = سفیدپوست: هر تبار سفیدپوست دیگر
q-eq-ethnicity-mixed-white-black-caribbean = چندتباری: سفیدپوست و سیاه‌پوست کارائیبی
q-eq-ethnicity-mixed-white-black-african = چندتباری: سفیدپوست و سیاه‌پوست آفریقایی
q-eq-ethnicity-mixed-white-asian = چندتباری: سفیدپوست و آسیایی
q-eq-ethnicity-mixed-other = چندتباری: هر تبار مختلط یا چندگانهٔ دیگر
q-eq-ethnicity-asian-indian = آسیایی یا آسیایی بریتانیایی: هندی
q-eq-ethnicity-asian-pakistani = آسیایی یا آسیایی بریتانیایی: پاکستانی
q-eq-ethnicity-asian-bangladeshi = آسیایی یا آسیایی بریتانیایی: بنگلادشی
q-eq-ethnicity-asian-chinese = آسیایی یا آسیایی بریتانیایی: چینی
q-eq-ethnicity-asian-other = آسیایی یا آسیایی بریتانیایی: هر تبار آسیایی دیگر
q-eq-ethnicity-black-african = سیاه‌پوست، سیاه‌پوست بریتانیایی، کارائیبی یا آفریقایی: آفریقایی
q-eq-ethnicity-black-caribbean = سیاه‌پوست، سیاه‌پوست بریتانیایی، کارائیبی یا آفریقایی: کارائیبی
q-eq-ethnicity-black-other = سیاه‌پوست، سیاه‌پوست بریتانیایی، کارائیبی یا آفریقایی: هر تبار دیگر
q-eq-ethnicity-other-arab = گروه قومی دیگر: عرب
q-eq-ethnicity-other-any = هر گروه قومی دیگر
q-eq-ethnicity-prefer-not = ترجیح می‌دهم نگویم
q-eq-disability = آیا معلولیت یا مشکل سلامتی طولانی‌مدت دارید؟
q-eq-disability-yes = بله
q-eq-disability-no = نه
q-eq-disability-prefer-not = ترجیح می‌دهم نگویم

## Too many tries

busy-title = لطفاً کمی صبر کنید
busy-text =
    در مدت کوتاهی جواب‌های زیادی از اتصال اینترنت شما به ما رسیده است. لطفاً { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    } صبر کنید، بعد دوباره امتحان کنید.
busy-back = با دکمهٔ Back (بازگشت) در مرورگرتان به جواب‌هایتان برگردید. جواب‌ها هنوز آنجا هستند.

## Our database is not answering

store-down-title = فعلاً نمی‌توانیم جواب‌هایتان را ذخیره کنیم
store-down-text = مشکلی در سیستم ما پیش آمده است. جواب‌هایی که در صفحه‌های قبلی داده‌اید، حفظ شده‌اند. آنچه در این صفحه نوشته‌اید هنوز در مرورگرتان هست: با دکمهٔ Back (بازگشت) در مرورگرتان به آن برگردید و چند دقیقهٔ دیگر دوباره امتحان کنید. اگر باز هم این مشکل پیش آمد، با { $phone } به ما زنگ بزنید.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = به ما بگویید چطور گذشت
feedback-intro = از اینکه شرکت کردید متشکریم. جواب‌هایتان به ما کمک می‌کند خدماتمان را برای دیگران بهتر کنیم. ما فقط آن‌ها را می‌شماریم: هیچ‌کس آن‌ها را با نام شما نمی‌خواند.
feedback-prefer-not = برای هر سؤالی می‌توانید «ترجیح می‌دهم نگویم» را انتخاب کنید.
q-fb-service = از خدماتی که به شما دادیم چقدر راضی هستید؟
q-fb-service-very-satisfied = خیلی راضی
q-fb-service-satisfied = راضی
q-fb-service-neither = نه راضی، نه ناراضی
q-fb-service-dissatisfied = ناراضی
q-fb-service-very-dissatisfied = خیلی ناراضی
q-fb-service-prefer-not = ترجیح می‌دهم نگویم
q-fb-service-error = میزان رضایتتان، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-outcome = از اینکه کارها در آخر چطور پیش رفت، چقدر راضی هستید؟
q-fb-outcome-very-satisfied = خیلی راضی
q-fb-outcome-satisfied = راضی
q-fb-outcome-neither = نه راضی، نه ناراضی
q-fb-outcome-dissatisfied = ناراضی
q-fb-outcome-very-dissatisfied = خیلی ناراضی
q-fb-outcome-prefer-not = ترجیح می‌دهم نگویم
q-fb-outcome-error = میزان رضایتتان، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-safety = در مقایسه با قبل، حالا چقدر احساس امنیت می‌کنید؟
q-fb-safety-better = امنیت بیشتر از قبل
q-fb-safety-same = تقریباً مثل قبل
q-fb-safety-worse = امنیت کمتر از قبل
q-fb-safety-prefer-not = ترجیح می‌دهم نگویم
q-fb-safety-error = یک جواب، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-wellbeing = در مقایسه با قبل، حالا حالتان چطور است؟
q-fb-wellbeing-better = بهتر از قبل
q-fb-wellbeing-same = تقریباً مثل قبل
q-fb-wellbeing-worse = بدتر از قبل
q-fb-wellbeing-prefer-not = ترجیح می‌دهم نگویم
q-fb-wellbeing-error = یک جواب، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-coping = در مقایسه با قبل، حالا چقدر می‌توانید با اتفاقی که افتاد کنار بیایید؟
q-fb-coping-better = بهتر از قبل
q-fb-coping-same = تقریباً مثل قبل
q-fb-coping-worse = بدتر از قبل
q-fb-coping-prefer-not = ترجیح می‌دهم نگویم
q-fb-coping-error = یک جواب، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-confidence = در مقایسه با قبل، حالا چقدر به پلیس و دادگاه اعتماد دارید؟
q-fb-confidence-better = اعتماد بیشتر از قبل
q-fb-confidence-same = تقریباً مثل قبل
q-fb-confidence-worse = اعتماد کمتر از قبل
q-fb-confidence-prefer-not = ترجیح می‌دهم نگویم
q-fb-confidence-error = یک جواب، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
feedback-gone-title = این پیوند دیگر کار نمی‌کند
feedback-gone-text = هر پیوند نظرسنجی فقط یک بار کار می‌کند، و فقط برای چند هفته. اگر هنوز دوست دارید به ما بگویید چطور گذشت، با { $phone } به ما زنگ بزنید.
feedback-thanks-title = متشکریم
feedback-thanks-text = جواب‌هایتان به دست ما رسید. این جواب‌ها به ما کمک می‌کند خدماتمان را برای نفر بعدی بهتر کنیم.
