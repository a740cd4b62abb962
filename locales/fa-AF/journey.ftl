## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = شروع کنید
button-continue = ادامه
button-send = فرستادن
button-carry-on = ادامه بدهید
button-skip = از این سوال‌ها بگذرید
link-back = برگشت
select-choose = یک ماه را انتخاب کنید
spam-trap-label = این خانه را خالی بگذارید
offer-call-back = می‌توانید به جای این، از ما بخواهید که به شما زنگ بزنیم
check-change = تغییر
check-not-answered = جواب داده نشده
consent-privacy-link = بخوانید که ما از معلومات شما چطور استفاده می‌کنیم (اطلاعیه حریم خصوصی)
textarea-count =
    شما { $used } حرف از { $max ->
        [one] { $max } حرف
       *[other] { $max } حرف
    } را نوشته‌اید.

## Errors

error-summary-title = یک مشکل وجود دارد
error-prefix = خطا:
error-title-prefix = خطا:
error-choose-from-list = یکی از جواب‌های فهرست را انتخاب کنید
error-too-long =
    { $count ->
        [one] { $count } حرف
       *[other] { $count } حرف
    } یا کمتر بنویسید
error-phone = شماره تیلفون را به این شکل بنویسید: 07700 900 982 یا +48 601 234 567
error-email = آدرس ایمیل را به این شکل بنویسید: name@example.com
error-postcode = کود پستی را به این شکل بنویسید: B1 1BB
error-year = سال میلادی را با ۴ عدد بنویسید، مانند 2024
error-years = تعداد سال‌ها را بنویسید، مانند 3
error-crime-reference = شماره دوسیه پولیس تنها حرف، عدد، / و - دارد
error-reference = شماره پیگیری خود را بنویسید، مانند RJ-HK4M-7TWX
error-date-future = تاریخ باید در گذشته باشد
error-too-fast = لطفاً جواب‌های خود را ببینید، بعد آن‌ها را دوباره بفرستید

## Start pages

start-referral-title = درخواست عدالت ترمیمی
start-referral-body =
    ما چند سوال درباره خود شما و چیزی که رخ داده از شما می‌پرسیم. تقریباً ۱۵ دقیقه وقت می‌گیرد.

    رایگان است. محرمانه است. تا خود شما نخواهید، هیچ کاری انجام نمی‌شود، و هر وقت بخواهید می‌توانید آن را متوقف کنید.

    از هر سوالی که نمی‌خواهید حالا جواب بدهید، می‌توانید بگذرید. بعد یکی از اعضای تیم ما از راهی که خود شما انتخاب می‌کنید، با شما تماس می‌گیرد.
start-call-back-title = از ما بخواهید که به شما زنگ بزنیم
start-call-back-body =
    یک شماره تیلفون و یک وقت مناسب برای زنگ زدن به ما بدهید. تقریباً ۳ دقیقه وقت می‌گیرد.

    ما زنگ می‌زنیم تا به سوال‌های شما جواب بدهیم. ضرورت نیست که در تیلفون درباره چیزی تصمیم بگیرید.
start-withdrawal-title = لغو معرفی
start-withdrawal-body =
    هر وقت و به هر دلیلی می‌توانید آن را متوقف کنید. ضرورت نیست که دلیل آن را به ما بگویید.

    شما به شماره پیگیری که به شما دادیم ضرورت دارید.
start-kept-for =
    تا وقتی که این فورم را خانه‌پری می‌کنید، جواب‌های شما را حداکثر { $hours ->
        [one] { $hours } ساعت
       *[other] { $hours } ساعت
    } در سرور خود نگه می‌داریم. وقتی آن‌ها را بفرستید یا دکمه «{ quick-exit }» را فشار بدهید، پاک می‌شوند.

## Referral: who it is for

q-for-whom = این درخواست برای کیست؟
q-for-whom-me = برای خودم
q-for-whom-someone-else = برای کس دیگری که با آن موافق است
q-for-whom-error = انتخاب کنید که این درخواست برای کیست

step-referral-on-behalf = درباره شما
q-relationship = آن شخص را از کجا می‌شناسید؟
q-relationship-family = از خانواده او هستم
q-relationship-friend = دوست او هستم
q-relationship-supporter = از او حمایت می‌کنم (مثلاً از او مراقبت می‌کنم یا مدافع حقوق او هستم)
q-relationship-professional = در وظیفه خود با او سر و کار دارم
q-relationship-error = انتخاب کنید که آن شخص را از کجا می‌شناسید
q-organisation-type = کجا کار می‌کنید؟
q-organisation-type-police = پولیس
q-organisation-type-probation = اداره نظارت (Probation)
q-organisation-type-victim-care = مراقبت یا حمایت از قربانیان
q-organisation-type-yot = تیم جوانان (Youth offending team)
q-organisation-type-prison = زندان
q-organisation-type-csp = همکاری برای مصئونیت محل (Community safety partnership)
q-organisation-type-health = خدمات صحی، مانند داکتر عمومی یا شفاخانه
q-organisation-type-school = مکتب یا کالج
q-organisation-type-other = جای دیگر
q-organisation-type-error = انتخاب کنید که کجا کار می‌کنید
q-organisation-name = نام اداره شما (اختیاری)

step-referral-your-details = معلومات شما
q-referrer-name = نام شما
q-referrer-name-error = نام خود را بنویسید
q-referrer-phone = شماره تیلفون شما
q-referrer-phone-error = شماره تیلفون خود را بنویسید
q-referrer-email = آدرس ایمیل شما (اختیاری)

q-agreed = آیا آن شخص با این معرفی موافقه کرده است؟
q-agreed-hint = ما تنها می‌توانیم به کسی کمک کنیم که خودش کمک ما را می‌خواهد. اگر شما مامور پولیس هستید و هنوز از او نپرسیده‌اید، ما می‌توانیم از طرف شما از او بپرسیم.
q-agreed-yes = بلی، موافق است
q-agreed-not-asked = هنوز از او نپرسیده‌ام
q-agreed-no = نه، موافق نیست
q-agreed-error = انتخاب کنید که آیا او موافق است یا نه

step-referral-need-agreement = اول باید آن شخص موافقه کند
step-referral-need-agreement-body =
    عدالت ترمیمی تنها زمانی نتیجه می‌دهد که مردم خودشان آن را انتخاب کنند. به همین خاطر، تنها زمانی می‌توانیم معرفی را قبول کنیم که آن شخص از آن خبر داشته باشد و موافق باشد.

    می‌توانید درباره این ویب‌سایت به او بگویید، یا شماره تیلفون ما را به او بدهید. او می‌تواند خودش با ما تماس بگیرد، یا به شما اجازه بدهد که این فورم را بفرستید.

    اگر درباره مصئونیت او تشویش دارید، در حالت عاجل به 999 زنگ بزنید، و اگر عاجل نیست به 101.

step-referral-we-will-ask = ما از طرف شما از او می‌پرسیم
step-referral-we-will-ask-body =
    تشکر. هنوز از او پرسیده نشده، پس ما اول با او تماس می‌گیریم و از او می‌پرسیم که آیا کمک ما را می‌خواهد یا نه. تا او «بلی» نگوید، هیچ کار دیگری انجام نمی‌شود.

    ادامه بدهید و چیزی را که می‌دانید به ما بگویید. هر چیزی را که درباره آن مطمئن نیستید، می‌توانید ننویسید.

## Referral: what happened

q-connection = شما با چیزی که رخ داده چه ارتباطی دارید؟
q-connection-harmed = به من آسیب رسید
q-connection-family-harmed = به یکی از اعضای خانواده‌ام آسیب رسید
q-connection-bereaved = یکی از اعضای خانواده‌ام به خاطر یک جرم جان خود را از دست داد
q-connection-caused-harm = من آسیب رساندم
q-connection-other-affected = این موضوع به شکل دیگری بالای من تاثیر گذاشت
q-connection-error = انتخاب کنید که با آن چه ارتباطی دارید
q-connection-them = آن شخص با چیزی که رخ داده چه ارتباطی دارد؟
q-connection-them-harmed = به او آسیب رسید
q-connection-them-family-harmed = به یکی از اعضای خانواده او آسیب رسید
q-connection-them-bereaved = یکی از اعضای خانواده او به خاطر یک جرم جان خود را از دست داد
q-connection-them-caused-harm = او آسیب رساند
q-connection-them-other-affected = این موضوع به شکل دیگری بالای او تاثیر گذاشت
q-connection-them-error = انتخاب کنید که او با آن چه ارتباطی دارد

step-referral-what-happened = چه چیزی رخ داد
q-crime-type = چه نوع جرمی بود؟
q-crime-type-hint = نزدیک‌ترین گزینه را انتخاب کنید. ضرورت نیست جزئیات بدهید.
q-crime-type-violence = خشونت یا لت و کوب
q-crime-type-sexual = جرم جنسی
q-crime-type-domestic-abuse = خشونت خانوادگی
q-crime-type-hate-crime = جرم از روی نفرت
q-crime-type-burglary = دزدی از خانه یا تعمیر
q-crime-type-robbery = دزدی به زور یا تهدید
q-crime-type-theft = دزدی
q-crime-type-criminal-damage = خساره رساندن به دارایی
q-crime-type-fraud-online = فریبکاری یا جرم انترنتی
q-crime-type-harassment = آزار و اذیت یا تعقیب کردن
q-crime-type-driving = جرم ترافیکی
q-crime-type-asb = رفتار ضد اجتماعی، مانند سر و صدا یا مزاحمت
q-crime-type-not-crime = آسیبی که جرم نبود، مثلاً در مکتب یا محل کار
q-crime-type-other = چیز دیگر
q-crime-type-prefer-not = ترجیح می‌دهم نگویم
q-crime-type-error = نوع جرم، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-markers = آیا هیچ یک از این‌ها درست است؟ (اختیاری)
q-markers-hate = به خاطر هویت من بود، مانند نژاد، دین، معلولیت، گرایش جنسی یا جنسیت من
q-markers-online = در انترنت رخ داد
q-markers-domestic = کار همسر یا شریک زندگی، همسر یا شریک سابق، یا یکی از اعضای خانواده بود

step-referral-not-a-crime = ما بعد از جرم کمک می‌کنیم
step-referral-not-a-crime-body =
    خدمات ما برای آسیبی است که از یک جرم به وجود آمده. برای آسیبی در مکتب، محل کار یا خانه که جرم نبوده، شاید مکتب، کارفرما یا یک مرکز میانجی‌گری محلی بتواند کمک کند.

    باز هم می‌توانید معلومات خود را برای ما بفرستید. ما آن را می‌خوانیم و به شما می‌گوییم که چه کسی می‌تواند کمک کند.

step-referral-anti-social-behaviour = کمک درباره رفتار ضد اجتماعی
step-referral-anti-social-behaviour-body =
    رفتار ضد اجتماعی، مانند سر و صدا یا مزاحمت همسایه‌ها، معمولاً جرم نیست. شاروالی محل شما یا صاحب خانه شما اکثراً برای این مشکل خدمات میانجی‌گری رایگان دارد.

    باز هم می‌توانید معلومات خود را برای ما بفرستید. ما آن را می‌خوانیم و به شما می‌گوییم که چه کسی می‌تواند کمک کند.

step-referral-when = چه وقت رخ داد
q-when = چه وقت رخ داد؟
q-when-date = ماه و سال آن را می‌دانم
q-when-years-ago = تقریباً می‌دانم چند سال پیش بود
q-when-not-sure = مطمئن نیستم
q-when-error = انتخاب کنید که چه وقت رخ داد
q-when-month = ماه
q-when-month-error = ماه را انتخاب کنید
q-when-year = سال
q-when-year-hint = سال میلادی، مثلاً 2024
q-when-year-error = سال را بنویسید
q-when-years = چند سال پیش؟
q-when-years-error = بنویسید که چند سال پیش بود
q-how-long = چه مدت ادامه داشت؟ (اختیاری)
q-how-long-hint = بعضی آسیب‌ها یک بار رخ می‌دهد. بعضی برای مدت درازی ادامه پیدا می‌کند.
q-how-long-once = یک بار رخ داد، یا چند روز ادامه داشت
q-how-long-up-to-3-years = تا ۳ سال ادامه داشت
q-how-long-more-than-3-years = بیشتر از ۳ سال ادامه داشت
q-how-long-not-sure = مطمئن نیستم
q-ongoing = آیا هنوز هم جریان دارد، یا نگران هستید که دوباره رخ دهد؟ (اختیاری)
q-ongoing-yes = بلی
q-ongoing-no = نه
q-ongoing-not-sure = مطمئن نیستم

step-referral-police = پولیس و محکمه
q-reported = آیا به پولیس گزارش شد؟
q-reported-hint = برای درخواست کمک از ما، ضرورت نیست که به پولیس گفته باشید.
q-reported-yes = بلی
q-reported-no = نه
q-reported-not-sure = مطمئن نیستم
q-reported-error = «بلی»، «نه» یا «مطمئن نیستم» را انتخاب کنید
q-crime-reference = شماره دوسیه پولیس (اختیاری)
q-crime-reference-hint = تنها اگر آن را نزد خود دارید.
q-stage = حالا وضعیت آن چطور است؟
q-stage-not-reported = گزارش نشد
q-stage-investigating = پولیس آن را تحقیق می‌کند
q-stage-awaiting-court = منتظر محکمه است
q-stage-prison = کسی به زندان فرستاده شد
q-stage-community = کسی جزایی بیرون از زندان گرفت (community sentence)
q-stage-finished = همه چیز تمام شده است
q-stage-no-further-action = پولیس کار دیگری انجام نداد
q-stage-dont-know = نمی‌دانم
q-stage-error = انتخاب کنید که حالا وضعیت آن چطور است
q-agencies = آیا به جز پولیس، خدمات دیگری هم در این موضوع دخیل هستند؟ (اختیاری)
q-agencies-hint = مثلاً خدمات اجتماعی، یک کارمند حمایتی، یک تیم صحت روانی یا یک مکتب.
q-agencies-yes = بلی
q-agencies-no = نه
q-agencies-not-sure = مطمئن نیستم

step-referral-where = کجا
q-area-happened = کجا رخ داد؟
q-area-happened-error = انتخاب کنید که کجا رخ داد
q-area-lives = کجا زندگی می‌کنید؟
q-area-lives-error = انتخاب کنید که کجا زندگی می‌کنید
q-area-lives-them = آن شخص کجا زندگی می‌کند؟
q-area-lives-them-error = انتخاب کنید که او کجا زندگی می‌کند
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
    ما در West Midlands کار می‌کنیم. در سراسر England و Wales خدمات عدالت ترمیمی وجود دارد، و ما می‌توانیم معلومات شما را به خدماتی که نزدیک شماست بفرستیم.

    باز هم می‌توانید معلومات خود را برای ما بفرستید. ما با خدمات مناسب گپ می‌زنیم و به شما خبر می‌دهیم.

step-referral-other-person = طرف مقابل
q-other-age = کسی که آسیب رسانده چند سال عمر دارد؟
q-other-age-hint = اگر شما آسیب رسانده‌اید، درباره کسی که به او آسیب رسانده‌اید بگویید.
q-other-age-under-18 = زیر ۱۸ سال
q-other-age-adult = ۱۸ سال یا بیشتر
q-other-age-dont-know = نمی‌دانم
q-other-age-error = یک عمر، یا «نمی‌دانم» را انتخاب کنید
q-other-age-them = کسی که آسیب رسانده چند سال عمر دارد؟
q-other-age-them-hint = اگر کسی که معرفی می‌کنید خودش آسیب رسانده است، درباره کسی بگویید که از او آسیب دیده است.
q-other-age-them-error = یک عمر، یا «نمی‌دانم» را انتخاب کنید
q-other-known = آیا می‌دانید که او کیست؟
q-other-known-yes = بلی
q-other-known-no = نه
q-other-known-not-sure = مطمئن نیستم
q-other-known-error = «بلی»، «نه» یا «مطمئن نیستم» را انتخاب کنید
q-how-many = چند نفر آسیب رساندند؟
q-how-many-one = یک نفر
q-how-many-two-or-three = ۲ یا ۳ نفر
q-how-many-more-than-three = بیشتر از ۳ نفر
q-how-many-dont-know = نمی‌دانم
q-how-many-error = انتخاب کنید که چند نفر بودند
q-how-many-harmed = به چند نفر آسیب رسید؟ (اختیاری)
q-how-many-harmed-one = یک نفر
q-how-many-harmed-two-or-three = ۲ یا ۳ نفر
q-how-many-harmed-more-than-three = بیشتر از ۳ نفر
q-how-many-harmed-dont-know = نمی‌دانم
q-vulnerable = آیا کسی که در این موضوع دخیل است، برای اینکه مصئون سهم بگیرد به مراقبت بیشتر ضرورت دارد؟ (اختیاری)
q-vulnerable-hint = مثلاً به خاطر عمر، معلولیت یا صحت روانی او.
q-vulnerable-yes = بلی
q-vulnerable-no = نه
q-vulnerable-not-sure = مطمئن نیستم

step-referral-young-person = وقتی یک جوان آسیب رسانده است
step-referral-young-person-body =
    وقتی کسی که آسیب رسانده زیر ۱۸ سال است، معمولاً Youth Offending Team محلی کار را پیش می‌برد. این تیم شاروالی با جوانانی کار می‌کند که از قانون سرپیچی کرده‌اند. ما اول با آن‌ها گپ می‌زنیم، و مطمئن می‌شویم که شما کمک درست بگیرید.

    باز هم می‌توانید معلومات خود را برای ما بفرستید.

## Referral: in your own words, about you

step-referral-own-words = با کلمات خود شما (اختیاری)
q-story = چه چیزی رخ داد؟
q-story-hint = تنها چیزی را بگویید که خودتان می‌خواهید. می‌توانید این را خالی بگذارید.
q-hopes = می‌خواهید چه چیزی پیش بیاید؟
q-hopes-hint = مثلاً یک سوال بپرسید، گپ شما شنیده شود، یا از شما معذرت خواسته شود.
q-hopes-them = آن شخص می‌خواهد چه چیزی پیش بیاید؟
q-hopes-them-hint = مثلاً یک سوال بپرسد، گپ او شنیده شود، یا از او معذرت خواسته شود.

step-referral-about-you = درباره شما
step-referral-about-you-them = درباره آن شخص
q-name = شما را به چه نامی صدا کنیم؟
q-name-hint = می‌تواند نام اول شما باشد، یا نامی که خودتان ترجیح می‌دهید.
q-name-error = بنویسید که شما را به چه نامی صدا کنیم
q-name-them = آن شخص را به چه نامی صدا کنیم؟
q-name-them-hint = می‌تواند نام اول او باشد، یا نامی که خودش ترجیح می‌دهد.
q-name-them-error = بنویسید که آن شخص را به چه نامی صدا کنیم
q-age-band = چند سال عمر دارید؟
q-age-band-under-18 = زیر ۱۸ سال
q-age-band-18-24 = ۱۸ تا ۲۴ سال
q-age-band-25-34 = ۲۵ تا ۳۴ سال
q-age-band-35-44 = ۳۵ تا ۴۴ سال
q-age-band-45-54 = ۴۵ تا ۵۴ سال
q-age-band-55-64 = ۵۵ تا ۶۴ سال
q-age-band-65-plus = ۶۵ سال یا بیشتر
q-age-band-prefer-not = ترجیح می‌دهم نگویم
q-age-band-error = عمر خود، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-age-band-them = او چند سال عمر دارد؟
q-age-band-them-error = عمر او، یا «ترجیح می‌دهم نگویم» را انتخاب کنید

step-referral-under-18 = اگر زیر ۱۸ سال عمر دارید
step-referral-under-18-body =
    شما در هر عمری می‌توانید در عدالت ترمیمی سهم بگیرید. ضرورت نیست که پدر یا مادر شما اجازه بدهند.

    اگر بخواهید، ما مطمئن می‌شویم که یک بزرگسال برای حمایت با شما باشد، مانند پدر یا مادر، کسی که از شما مراقبت می‌کند، یا کارمند جوانان.

step-referral-under-18-them = اگر آن شخص زیر ۱۸ سال عمر دارد
step-referral-under-18-them-body =
    هر کس در هر عمری می‌تواند در عدالت ترمیمی سهم بگیرد. ضرورت نیست که پدر یا مادر او اجازه بدهند.

    اگر بخواهد، ما مطمئن می‌شویم که یک بزرگسال برای حمایت با او باشد، مانند پدر یا مادر، کسی که از او مراقبت می‌کند، یا کارمند جوانان.

## Referral: contacting you safely

step-referral-contact = چطور با شما تماس بگیریم
step-referral-contact-them = چطور با آن شخص تماس بگیریم
q-contact-ways = از چه راه‌هایی می‌توانیم با شما تماس بگیریم؟
q-contact-ways-hint = همه راه‌هایی را انتخاب کنید که برای شما مصئون است.
q-contact-ways-phone = زنگ تیلفونی
q-contact-ways-text = پیام کوتاه (SMS)
q-contact-ways-email = ایمیل
q-contact-ways-letter = نامه
q-contact-ways-error = حداقل یک راه تماس را انتخاب کنید
q-contact-ways-them = از چه راه‌هایی می‌توانیم با او تماس بگیریم؟
q-contact-ways-them-hint = همه راه‌هایی را انتخاب کنید که برای او مصئون است.
q-contact-ways-them-error = حداقل یک راه تماس با او را انتخاب کنید
q-phone = شماره تیلفون
q-phone-error = شماره تیلفون را بنویسید
q-email = آدرس ایمیل
q-email-error = آدرس ایمیل را بنویسید
q-address = آدرس
q-address-error = آدرس خود را بنویسید
q-address-them = آدرس او
q-address-them-error = آدرس او را بنویسید
q-postcode = کود پستی
q-postcode-error = کود پستی خود را بنویسید
q-postcode-them = کود پستی او
q-postcode-them-error = کود پستی او را بنویسید

step-referral-contact-safety = تماس مصئون
q-voicemail-ok = آیا مصئون است که پیام صوتی بگذاریم یا پیام کوتاه بفرستیم؟
q-voicemail-ok-hint = ما هرگز در پیام نمی‌گوییم که موضوع چیست.
q-voicemail-ok-yes = بلی
q-voicemail-ok-no = نه
q-voicemail-ok-error = «بلی» یا «نه» را انتخاب کنید
q-email-ok = آیا مصئون است که به شما ایمیل بفرستیم؟
q-email-ok-yes = بلی
q-email-ok-no = نه
q-email-ok-error = «بلی» یا «نه» را انتخاب کنید
q-email-ok-them = آیا مصئون است که به او ایمیل بفرستیم؟
q-email-ok-them-error = «بلی» یا «نه» را انتخاب کنید
q-safe-times = چه وقت تماس با شما مصئون است؟ (اختیاری)
q-safe-times-hint = مثلاً روزهای کاری بعد از ساعت ۲ بعد از چاشت.
q-safe-times-them = چه وقت تماس با او مصئون است؟ (اختیاری)
q-safe-times-them-hint = مثلاً روزهای کاری بعد از ساعت ۲ بعد از چاشت.
q-caller-notes = آیا چیزی هست که کسی که زنگ می‌زند باید بگوید یا نباید بگوید؟ (اختیاری)
q-caller-notes-hint = مثلاً «بگویید از کلینیک داکتر زنگ می‌زنید» یا «بگویید با سام کار دارید».

## Referral: your needs, your safety

step-referral-needs = چیزی که از ما ضرورت دارید
step-referral-needs-them = چیزی که او از ما ضرورت دارد
q-language = می‌خواهید به کدام زبان گپ بزنیم؟ (اختیاری)
q-language-them = او می‌خواهد به کدام زبان گپ بزند؟ (اختیاری)
q-interpreter = آیا ترجمان می‌خواهید؟
q-interpreter-yes = بلی
q-interpreter-no = نه
q-interpreter-error = «بلی» یا «نه» را انتخاب کنید
q-interpreter-them = آیا او ترجمان می‌خواهد؟
q-interpreter-them-error = «بلی» یا «نه» را انتخاب کنید
q-bsl = آیا از زبان اشاره بریتانیایی (British Sign Language یا BSL) استفاده می‌کنید؟
q-bsl-yes = بلی
q-bsl-no = نه
q-bsl-error = «بلی» یا «نه» را انتخاب کنید
q-bsl-them = آیا او از زبان اشاره بریتانیایی (British Sign Language یا BSL) استفاده می‌کند؟
q-bsl-them-error = «بلی» یا «نه» را انتخاب کنید
q-access = آیا هیچ یک از این‌ها به شما کمک می‌کند؟ (اختیاری)
q-access-them = آیا هیچ یک از این‌ها به او کمک می‌کند؟ (اختیاری)
q-access-large-print = چاپ با حروف کلان
q-access-easy-read = متن آسان (Easy Read)
q-access-hearing = کمک برای شنیدن
q-access-sight = کمک برای دیدن
q-access-mobility = کمک برای رفت و آمد
q-access-learning-disability = حمایت برای مشکل یادگیری
q-access-mental-health = حمایت برای صحت روانی
q-support-person = آیا می‌خواهید کسی برای حمایت با شما باشد؟
q-support-person-hint = مثلاً یک دوست، یکی از اعضای خانواده یا یک کارمند حمایتی.
q-support-person-yes = بلی
q-support-person-no = نه
q-support-person-error = «بلی» یا «نه» را انتخاب کنید
q-support-person-them = آیا او می‌خواهد کسی برای حمایت با او باشد؟
q-support-person-them-hint = مثلاً یک دوست، یکی از اعضای خانواده یا یک کارمند حمایتی.
q-support-person-them-error = «بلی» یا «نه» را انتخاب کنید

q-safe-now = آیا همین حالا مصئون هستید؟
q-safe-now-yes = بلی
q-safe-now-no = نه
q-safe-now-not-sure = مطمئن نیستم
q-safe-now-error = «بلی»، «نه» یا «مطمئن نیستم» را انتخاب کنید
q-safe-now-them = آیا آن شخص همین حالا مصئون است؟
q-safe-now-them-error = «بلی»، «نه» یا «مطمئن نیستم» را انتخاب کنید

step-referral-not-safe = گرفتن کمک همین حالا
step-referral-not-safe-body =
    اگر در خطر هستید، همین حالا به 999 زنگ بزنید.

    اگر نمی‌توانید گپ بزنید، از موبایل به 999 زنگ بزنید. وقتی صدایی شنیدید، 55 را فشار بدهید. به این ترتیب پولیس می‌فهمد که واقعاً حالت عاجل است.

    اگر عاجل نیست، به شماره 101 به پولیس زنگ بزنید.

    هر وقت آماده بودید، می‌توانید خانه‌پری این فورم را ادامه بدهید. وقتی با شما تماس بگیریم، بیشتر احتیاط می‌کنیم.

step-referral-not-safe-them = گرفتن کمک همین حالا
step-referral-not-safe-them-body =
    اگر آن شخص در خطر است، همین حالا به 999 زنگ بزنید.

    اگر عاجل نیست، به شماره 101 به پولیس زنگ بزنید.

    هر وقت آماده بودید، می‌توانید خانه‌پری این فورم را ادامه بدهید. وقتی با او تماس بگیریم، بیشتر احتیاط می‌کنیم.

## Referral: check, consent, send

step-referral-check = جواب‌های خود را ببینید
step-referral-consent = موافقه شما
step-referral-consent-body =
    سهم گرفتن به انتخاب خود شماست. هر وقت بخواهید می‌توانید آن را متوقف کنید، حتی بعد از فرستادن این فورم.

    ما از جواب‌های شما برای تماس با شما و پلان کردن مرحله بعدی استفاده می‌کنیم. آن‌ها را مصئون نگه می‌داریم و تنها وقتی مجبور باشیم با کسی شریک می‌سازیم، مثلاً برای اینکه کسی از آسیب مصئون بماند.
q-consent = موافقه شما
q-consent-agree = موافق هستم که از جواب‌های من برای تماس با من درباره عدالت ترمیمی استفاده کنید
q-consent-error = برای موافقه، در خانه علامه بگذارید تا بتوانیم با شما تماس بگیریم
step-referral-consent-them = فرستادن این معرفی
step-referral-consent-them-body =
    سهم گرفتن همیشه به انتخاب خود آن شخص است. او هر وقت بخواهد می‌تواند آن را متوقف کند، حتی بعد از اینکه شما این فورم را فرستادید.

    ما از این جواب‌ها برای تماس با آن شخص، و در صورت ضرورت با شما، و برای پلان کردن مرحله بعدی استفاده می‌کنیم. آن‌ها را مصئون نگه می‌داریم و تنها وقتی مجبور باشیم با کسی شریک می‌سازیم، مثلاً برای اینکه کسی از آسیب مصئون بماند.
q-consent-them = موافقه شما
q-consent-them-agree = موافق هستم که از این جواب‌ها برای تماس با آن شخص، و در صورت ضرورت با من، درباره عدالت ترمیمی استفاده کنید
q-consent-them-error = برای موافقه، در خانه علامه بگذارید تا بتوانیم با آن شخص تماس بگیریم

## Call back

step-call-back-your-details = معلومات شما
step-call-back-when = چه وقت زنگ بزنیم
q-call-days = کدام روزها بهتر است؟ (اختیاری)
q-call-days-monday = دوشنبه
q-call-days-tuesday = سه‌شنبه
q-call-days-wednesday = چهارشنبه
q-call-days-thursday = پنجشنبه
q-call-days-friday = جمعه
q-call-times = کدام وقت روز بهتر است؟ (اختیاری)
q-call-times-morning = صبح
q-call-times-lunchtime = وقت نان چاشت
q-call-times-afternoon = بعد از چاشت
step-call-back-language = زبان
q-call-reason = درباره چه چیزی می‌خواهید گپ بزنید؟ (اختیاری)
q-call-reason-hint = چند کلمه کافی است. می‌توانید این را خالی بگذارید.
step-call-back-check = جواب‌های خود را ببینید
step-call-back-consent = موافقه شما
step-call-back-consent-body =
    ما از شماره تیلفون شما تنها برای این استفاده می‌کنیم که درباره عدالت ترمیمی دوباره به شما زنگ بزنیم.

## Withdrawal

step-withdrawal-details = لغو معرفی
step-withdrawal-details-body =
    شماره پیگیری خود را بنویسید، و بگویید که ما چطور می‌توانیم مطمئن شویم که خود شما هستید. ما اینجا هیچ معلوماتی درباره معرفی شما به شما نشان نمی‌دهیم.
q-reference = شماره پیگیری شما
q-reference-hint = با RJ شروع می‌شود، مانند RJ-HK4M-7TWX.
q-reference-error = شماره پیگیری خود را بنویسید
q-withdraw-contact = شماره تیلفون یا آدرس ایمیل شما
q-withdraw-contact-hint = همان که به ما دادید، تا بتوانیم مطمئن شویم که خود شما هستید.
q-withdraw-contact-error = شماره تیلفون یا آدرس ایمیل خود را بنویسید
q-withdraw-reason = چرا می‌خواهید آن را متوقف کنید؟ (اختیاری)
q-withdraw-reason-hint = ضرورت نیست به ما بگویید.
q-withdraw-confirm = تایید
q-withdraw-confirm-confirm = می‌خواهم معرفی من لغو شود
q-withdraw-confirm-error = اگر می‌خواهید آن را متوقف کنید، برای تایید در خانه علامه بگذارید

## Confirmation

sent-referral-title = معرفی شما به دست ما رسید
sent-call-back-title = ما دوباره به شما زنگ می‌زنیم
sent-withdrawal-title = درخواست لغو شما به دست ما رسید
sent-reference = شماره پیگیری شما این است:
sent-keep-reference = این شماره را در یک جای مصئون نگه دارید. اگر درباره این موضوع با ما تماس بگیرید، به آن ضرورت دارید.
sent-next-heading = بعد چه می‌شود
sent-referral-next = یکی از اعضای تیم ما تا { $date } از راهی که گفته‌اید مصئون است، با شما تماس می‌گیرد.
sent-call-back-next = ما تا { $date } به شما زنگ می‌زنیم.
sent-withdrawal-next = ما کار بالای معرفی شما را متوقف می‌کنیم، و اگر تماس با شما مصئون باشد، تا { $date } این را به شما خبر می‌دهیم.
sent-contact-heading = تماس با ما
sent-withdraw-heading = اگر نظر شما تغییر کرد
sent-withdraw-text = هر وقت بخواهید، می‌توانید آن را متوقف کنید.
sent-withdraw-link = لغو معرفی
sent-support-heading = کمک در وقتی که منتظر هستید
sent-support-text = هر وقت بخواهید، می‌توانید از Victim Support (موسسه حمایت از قربانیان) کمک رایگان بگیرید، چه در عدالت ترمیمی سهم بگیرید چه نه. در حالت عاجل به 999 زنگ بزنید.
sent-print = برای اینکه یک ثبت داشته باشید، شماره پیگیری را یادداشت کنید یا این صفحه را چاپ کنید.
sent-equality-heading = کمک کنید که عادل باشیم (اختیاری)
sent-equality-text = چند سوال درباره شما به ما کمک می‌کند ببینیم که با همه به شکل عادلانه رفتار می‌کنیم. جواب‌های شما جدا از معرفی شما نگه داشته می‌شود.
sent-equality-link = به سوال‌های برابری جواب بدهید
sent-home-link = رفتن به صفحه اصلی

## Equality monitoring

step-referral-equality = کمک کنید که عادل باشیم
step-referral-equality-body =
    جواب دادن به این سوال‌ها اختیاری است. جواب‌های شما جدا از معرفی شما نگه داشته می‌شود، و تنها برای شمردن تعداد کسانی که به آن‌ها کمک می‌کنیم استفاده می‌شود.
q-eq-age = چند سال عمر دارید؟
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
q-eq-gender-same = آیا جنسیتی که خود را با آن می‌شناسید، همان جنسی است که هنگام تولد برای شما ثبت شد؟
q-eq-gender-same-yes = بلی
q-eq-gender-same-no = نه
q-eq-gender-same-prefer-not = ترجیح می‌دهم نگویم
q-eq-ethnicity = گروه قومی شما چیست؟
q-eq-ethnicity-white-british = سفیدپوست: انگلیسی، ویلزی، سکاتلندی، از ایرلند شمالی یا بریتانیایی
q-eq-ethnicity-white-irish = سفیدپوست: ایرلندی
q-eq-ethnicity-white-gypsy-traveller = سفیدپوست: کولی (Gypsy) یا Irish Traveller
q-eq-ethnicity-white-roma = سفیدپوست: روما (Roma)
q-eq-ethnicity-white-other = سفیدپوست: هر تبار سفیدپوست دیگر
q-eq-ethnicity-mixed-white-black-caribbean = دورگه: سفیدپوست و سیاه‌پوست کارائیبی
q-eq-ethnicity-mixed-white-black-african = دورگه: سفیدپوست و سیاه‌پوست افریقایی
q-eq-ethnicity-mixed-white-asian = دورگه: سفیدپوست و آسیایی
q-eq-ethnicity-mixed-other = دورگه: هر تبار مخلوط یا چندگانه دیگر
q-eq-ethnicity-asian-indian = آسیایی یا آسیایی بریتانیایی: هندی
q-eq-ethnicity-asian-pakistani = آسیایی یا آسیایی بریتانیایی: پاکستانی
q-eq-ethnicity-asian-bangladeshi = آسیایی یا آسیایی بریتانیایی: بنگله‌دیشی
q-eq-ethnicity-asian-chinese = آسیایی یا آسیایی بریتانیایی: چینایی
q-eq-ethnicity-asian-other = آسیایی یا آسیایی بریتانیایی: هر تبار آسیایی دیگر
q-eq-ethnicity-black-african = سیاه‌پوست، سیاه‌پوست بریتانیایی، کارائیبی یا افریقایی: افریقایی
q-eq-ethnicity-black-caribbean = سیاه‌پوست، سیاه‌پوست بریتانیایی، کارائیبی یا افریقایی: کارائیبی
q-eq-ethnicity-black-other = سیاه‌پوست، سیاه‌پوست بریتانیایی، کارائیبی یا افریقایی: هر تبار دیگر
q-eq-ethnicity-other-arab = گروه قومی دیگر: عرب
q-eq-ethnicity-other-any = هر گروه قومی دیگر
q-eq-ethnicity-prefer-not = ترجیح می‌دهم نگویم
q-eq-disability = آیا معلولیت یا مشکل صحی درازمدت دارید؟
q-eq-disability-yes = بلی
q-eq-disability-no = نه
q-eq-disability-prefer-not = ترجیح می‌دهم نگویم

## Too many tries

busy-title = لطفاً کمی صبر کنید
busy-text =
    در مدت کوتاهی جواب‌های زیادی از وصل انترنت شما به ما رسیده است. لطفاً { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    } صبر کنید، بعد دوباره کوشش کنید.
busy-back = با دکمه Back (برگشت) در براوزر خود به جواب‌های خود برگردید. جواب‌ها هنوز آنجا هستند.

## Our database is not answering

store-down-title = فعلاً نمی‌توانیم جواب‌های شما را ذخیره کنیم
store-down-text = در سیستم ما مشکلی پیش آمده است. جواب‌هایی که در صفحه‌های قبلی داده‌اید، نگه داشته شده‌اند. چیزی که در این صفحه نوشته‌اید، هنوز در براوزر شما است: با دکمه Back (برگشت) در براوزر خود به آن برگردید و چند دقیقه بعد دوباره کوشش کنید. اگر باز هم این مشکل پیش آمد، به { $phone } به ما زنگ بزنید.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = به ما بگویید که چطور گذشت
feedback-intro = تشکر از اینکه سهم گرفتید. جواب‌های شما به ما کمک می‌کند خدمات خود را برای دیگران بهتر بسازیم. ما تنها آن‌ها را می‌شماریم: هیچ کس آن‌ها را با نام شما نمی‌خواند.
feedback-prefer-not = برای هر سوال می‌توانید «ترجیح می‌دهم نگویم» را انتخاب کنید.
q-fb-service = از خدماتی که به شما دادیم چقدر راضی هستید؟
q-fb-service-very-satisfied = بسیار راضی
q-fb-service-satisfied = راضی
q-fb-service-neither = نه راضی، نه ناراضی
q-fb-service-dissatisfied = ناراضی
q-fb-service-very-dissatisfied = بسیار ناراضی
q-fb-service-prefer-not = ترجیح می‌دهم نگویم
q-fb-service-error = اندازه رضایت خود، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-outcome = از اینکه کارها در آخر چطور پیش رفت، چقدر راضی هستید؟
q-fb-outcome-very-satisfied = بسیار راضی
q-fb-outcome-satisfied = راضی
q-fb-outcome-neither = نه راضی، نه ناراضی
q-fb-outcome-dissatisfied = ناراضی
q-fb-outcome-very-dissatisfied = بسیار ناراضی
q-fb-outcome-prefer-not = ترجیح می‌دهم نگویم
q-fb-outcome-error = اندازه رضایت خود، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-safety = در مقایسه با قبل، حالا خود را چقدر مصئون احساس می‌کنید؟
q-fb-safety-better = مصئون‌تر از قبل
q-fb-safety-same = تقریباً مانند قبل
q-fb-safety-worse = کمتر مصئون از قبل
q-fb-safety-prefer-not = ترجیح می‌دهم نگویم
q-fb-safety-error = یک جواب، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-wellbeing = در مقایسه با قبل، حالا حال شما چطور است؟
q-fb-wellbeing-better = بهتر از قبل
q-fb-wellbeing-same = تقریباً مانند قبل
q-fb-wellbeing-worse = بدتر از قبل
q-fb-wellbeing-prefer-not = ترجیح می‌دهم نگویم
q-fb-wellbeing-error = یک جواب، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-coping = در مقایسه با قبل، حالا چقدر می‌توانید با آنچه رخ داد کنار بیایید؟
q-fb-coping-better = بهتر از قبل
q-fb-coping-same = تقریباً مانند قبل
q-fb-coping-worse = بدتر از قبل
q-fb-coping-prefer-not = ترجیح می‌دهم نگویم
q-fb-coping-error = یک جواب، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
q-fb-confidence = در مقایسه با قبل، حالا چقدر به پولیس و محکمه اعتماد دارید؟
q-fb-confidence-better = اعتماد بیشتر از قبل
q-fb-confidence-same = تقریباً مانند قبل
q-fb-confidence-worse = اعتماد کمتر از قبل
q-fb-confidence-prefer-not = ترجیح می‌دهم نگویم
q-fb-confidence-error = یک جواب، یا «ترجیح می‌دهم نگویم» را انتخاب کنید
feedback-gone-title = این لینک دیگر کار نمی‌کند
feedback-gone-text = هر لینک نظرخواهی تنها یک بار، و تنها برای چند هفته کار می‌کند. اگر هنوز می‌خواهید به ما بگویید که چطور گذشت، به { $phone } به ما زنگ بزنید.
feedback-thanks-title = تشکر
feedback-thanks-text = جواب‌های شما به دست ما رسید. این جواب‌ها به ما کمک می‌کند خدمات خود را برای شخص بعدی بهتر بسازیم.
