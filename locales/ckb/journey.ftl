## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = ئێستا دەست پێ بکەن
button-continue = بەردەوام بن
button-send = بنێرن
button-carry-on = درێژەی پێ بدەن
button-skip = ئەم پرسیارانە بپەڕێنن
link-back = گەڕانەوە
select-choose = مانگێک هەڵبژێرن
spam-trap-label = ئەم خانەیە بە بەتاڵی بهێڵنەوە
offer-call-back = دەتوانن داوا بکەن لە جیاتی ئەوە ئێمە تەلەفۆنتان بۆ بکەین
check-change = گۆڕین
check-not-answered = وەڵام نەدراوەتەوە
consent-privacy-link = بخوێننەوە چۆن زانیارییەکانتان بەکاردەهێنین (ئاگادارنامەی نهێنیپارێزی)
textarea-count =
    لە کۆی { $max ->
        [one] { $max } پیت
       *[other] { $max } پیت
    }، { $used } پیتتان بەکارهێناوە.

## Errors

error-summary-title = کێشەیەک هەیە
error-prefix = هەڵە:
error-title-prefix = هەڵە:
error-choose-from-list = یەکێک لە وەڵامەکانی ناو لیستەکە هەڵبژێرن
error-too-long =
    { $count ->
        [one] { $count } پیت
       *[other] { $count } پیت
    } یان کەمتر بەکاربهێنن
error-phone = ژمارەی تەلەفۆنێک بنووسن وەک 07700 900 982 یان +48 601 234 567
error-email = ناونیشانی ئیمەیڵێک بنووسن وەک name@example.com
error-postcode = پۆستکۆدێک بنووسن وەک B1 1BB
error-year = ساڵەکە بە 4 ژمارە بنووسن، وەک 2024
error-years = ژمارەی ساڵەکان بنووسن، وەک 3
error-crime-reference = ژمارەی ئاماژەی تاوان تەنها پیت، ژمارە و نیشانەکانی / و - لەخۆ دەگرێت
error-reference = ژمارەی ئاماژەکەتان بنووسن، وەک RJ-HK4M-7TWX
error-date-future = دەبێت بەروارەکە لە ڕابردوودا بێت
error-too-fast = تکایە وەڵامەکانتان بپشکنن، پاشان دووبارە بیاننێرنەوە

## Start pages

start-referral-title = داوای دادپەروەریی چاککەرەوە بکەن
start-referral-body =
    چەند پرسیارێکتان لێ دەکەین دەربارەی خۆتان و ئەوەی ڕوویداوە. نزیکەی 15 خولەک دەخایەنێت.

    بەخۆڕاییە. نهێنییە. هیچ شتێک ڕوو نادات مەگەر خۆتان بتانەوێت، و دەتوانن هەر کاتێک بتانەوێت ڕابوەستن.

    دەتوانن هەر شتێک کە ناتانەوێت ئێستا پێمان بڵێن، بیپەڕێنن. پاشان ئەندامێکی تیمەکەمان بەو شێوەیەی هەڵیدەبژێرن پەیوەندیتان پێوە دەکات.
start-call-back-title = داوا بکەن تەلەفۆنتان بۆ بکەین
start-call-back-body =
    ژمارەی تەلەفۆنێک و کاتێکی گونجاو بۆ تەلەفۆنکردنمان پێ بدەن. نزیکەی 3 خولەک دەخایەنێت.

    تەلەفۆن دەکەین بۆ وەڵامدانەوەی پرسیارەکانتان. پێویست ناکات لە کاتی تەلەفۆنەکەدا هیچ بڕیارێک بدەن.
start-withdrawal-title = داواکارییەکەتان ڕابگرن
start-withdrawal-body =
    دەتوانن هەر کاتێک، بە هەر هۆکارێک، ڕابوەستن. پێویست ناکات پێمان بڵێن بۆچی.

    پێویستتان بەو ژمارەی ئاماژەیە دەبێت کە پێمان داون.
start-kept-for =
    لە کاتی پڕکردنەوەی ئەم فۆرمەدا، وەڵامەکانتان بۆ ماوەی زۆرترین { $hours ->
        [one] { $hours } کاتژمێر
       *[other] { $hours } کاتژمێر
    } لەسەر سێرڤەرەکەمان دەهێڵینەوە. کاتێک دەیاننێرن، یان «{ quick-exit }» دادەگرن، دەسڕدرێنەوە.

## Referral: who it is for

q-for-whom = ئەمە بۆ کێیە؟
q-for-whom-me = بۆ خۆم
q-for-whom-someone-else = بۆ کەسێکی تر، کە ڕازییە
q-for-whom-error = هەڵبژێرن ئەمە بۆ کێیە

step-referral-on-behalf = دەربارەی ئێوە
q-relationship = چۆن ئەو کەسە دەناسن؟
q-relationship-family = ئەندامی خێزانەکەیم
q-relationship-friend = هاوڕێی ئەوم
q-relationship-supporter = پاڵپشتیی دەکەم (بۆ نموونە چاودێر یان پشتیوانی مافەکانی)
q-relationship-professional = لە ڕووی کارەوە لەگەڵی کار دەکەم
q-relationship-error = هەڵبژێرن چۆن ئەو کەسە دەناسن
q-organisation-type = لە کوێ کار دەکەن؟
q-organisation-type-police = پۆلیس
q-organisation-type-probation = چاودێریی دوای سزا (Probation)
q-organisation-type-victim-care = چاودێری یان پاڵپشتیی قوربانیان
q-organisation-type-yot = Youth Offending Team (تیمی شارەوانی بۆ گەنجانی خوار 18 ساڵ)
q-organisation-type-prison = زیندان
q-organisation-type-csp = هاوبەشیی سەلامەتیی کۆمەڵگا (Community Safety Partnership)
q-organisation-type-health = خزمەتگوزاریی تەندروستی، وەک دکتۆری گشتی یان نەخۆشخانە
q-organisation-type-school = قوتابخانە یان کۆلێژ
q-organisation-type-other = شوێنێکی تر
q-organisation-type-error = هەڵبژێرن لە کوێ کار دەکەن
q-organisation-name = ناوی ڕێکخراوەکەتان (ئارەزوومەندانە)

step-referral-your-details = زانیارییەکانتان
q-referrer-name = ناوتان
q-referrer-name-error = ناوتان بنووسن
q-referrer-phone = ژمارەی تەلەفۆنەکەتان
q-referrer-phone-error = ژمارەی تەلەفۆنەکەتان بنووسن
q-referrer-email = ناونیشانی ئیمەیڵەکەتان (ئارەزوومەندانە)

q-agreed = ئایا ئەو کەسە بەم ڕەوانەکردنە ڕازییە؟
q-agreed-hint = تەنها دەتوانین یارمەتی کەسێک بدەین کە یارمەتیی ئێمەی دەوێت. ئەگەر ئەفسەری پۆلیسن و هێشتا لە کەسەکەتان نەپرسیوە، دەتوانین لە جیاتی ئێوە لێی بپرسین.
q-agreed-yes = بەڵێ، ڕازییە
q-agreed-not-asked = هێشتا لێم نەپرسیوە
q-agreed-no = نەخێر، ڕازی نییە
q-agreed-error = هەڵبژێرن ئایا کەسەکە ڕازییە یان نا

step-referral-need-agreement = پێویستە سەرەتا ئەو کەسە ڕازی بێت
step-referral-need-agreement-body =
    دادپەروەریی چاککەرەوە تەنها ئەو کاتە سەرکەوتوو دەبێت کە خەڵک خۆیان هەڵیبژێرن. بۆیە تەنها ئەو کاتە دەتوانین ڕەوانەکردنێک وەربگرین کە کەسەکە ئاگاداری بێت و ڕازی بێت.

    دەتوانن دەربارەی ئەم ماڵپەڕە پێی بڵێن، یان ژمارەی تەلەفۆنەکەمانی پێ بدەن. خۆی دەتوانێت پەیوەندیمان پێوە بکات، یان ڕازی بێت کە ئێوە ئەمە بنێرن.

    ئەگەر نیگەرانی سەلامەتیی ئەو کەسەن، لە حاڵەتی لەناکاودا پەیوەندی بە 999 بکەن، یان ئەگەر لەناکاو نییە، پەیوەندی بە 101 بکەن.

step-referral-we-will-ask = ئێمە لە جیاتی ئێوە لێی دەپرسین
step-referral-we-will-ask-body =
    سوپاس. هێشتا لێی نەپرسراوە، بۆیە سەرەتا پەیوەندیی پێوە دەکەین و لێی دەپرسین ئایا یارمەتیی ئێمەی دەوێت. هیچ شتێکی تر ڕوو نادات مەگەر بڵێت بەڵێ.

    درێژەی پێ بدەن و ئەوەی دەیزانن پێمان بڵێن. دەتوانن هەر شتێک کە لێی دڵنیا نین، بیپەڕێنن.

## Referral: what happened

q-connection = چ پەیوەندییەکتان بەوەی ڕوویداوە هەیە؟
q-connection-harmed = ئازارم پێگەیشت
q-connection-family-harmed = ئەندامێکی خێزانەکەم ئازاری پێگەیشت
q-connection-bereaved = ئەندامێکی خێزانەکەم بەهۆی تاوانێکەوە گیانی لەدەست دا
q-connection-caused-harm = من زیانم گەیاند
q-connection-other-affected = بە شێوەیەکی تر کاریگەریی لەسەرم هەبوو
q-connection-error = هەڵبژێرن چ پەیوەندییەکتان پێیەوە هەیە
q-connection-them = کەسەکە چ پەیوەندییەکی بەوەی ڕوویداوە هەیە؟
q-connection-them-harmed = ئازاری پێگەیشت
q-connection-them-family-harmed = ئەندامێکی خێزانەکەی ئازاری پێگەیشت
q-connection-them-bereaved = ئەندامێکی خێزانەکەی بەهۆی تاوانێکەوە گیانی لەدەست دا
q-connection-them-caused-harm = ئەو زیانی گەیاند
q-connection-them-other-affected = بە شێوەیەکی تر کاریگەریی لەسەری هەبوو
q-connection-them-error = هەڵبژێرن کەسەکە چ پەیوەندییەکی پێیەوە هەیە

step-referral-what-happened = چی ڕوویدا
q-crime-type = چ جۆرە تاوانێک بوو؟
q-crime-type-hint = نزیکترینیان هەڵبژێرن. پێویست ناکات وردەکاری بدەن.
q-crime-type-violence = توندوتیژی یان هێرش
q-crime-type-sexual = تاوانێکی سێکسی
q-crime-type-domestic-abuse = توندوتیژیی خێزانی
q-crime-type-hate-crime = تاوانی ڕق و کینە
q-crime-type-burglary = چوونە ناو ماڵ یان بینا بۆ دزی
q-crime-type-robbery = دزی بە زۆر (ڕووتکردنەوە)
q-crime-type-theft = دزی
q-crime-type-criminal-damage = تێکدانی موڵک
q-crime-type-fraud-online = فێڵ یان تاوانی ئینتەرنێتی
q-crime-type-harassment = گێچەڵپێکردن یان شوێنکەوتن
q-crime-type-driving = تاوانێکی پەیوەست بە لێخوڕینەوە
q-crime-type-asb = ڕەفتاری دژە کۆمەڵایەتی، وەک دەنگەدەنگ یان بێزارکردن
q-crime-type-not-crime = زیانێک کە تاوان نەبوو، وەک لە قوتابخانە یان شوێنی کار
q-crime-type-other = شتێکی تر
q-crime-type-prefer-not = پێم باشترە نەیڵێم
q-crime-type-error = جۆری تاوانەکە هەڵبژێرن، یان «پێم باشترە نەیڵێم»
q-markers = ئایا هیچ کام لەمانە ڕاست بوو؟ (ئارەزوومەندانە)
q-markers-hate = بەهۆی ئەوەی کێم ڕوویدا، وەک نەژاد، ئایین، کەمئەندامی، ئاراستەی سێکسی یان ڕەگەزم
q-markers-online = لە ئینتەرنێتدا ڕوویدا
q-markers-domestic = لەلایەن هاوسەر، هاوسەری پێشوو یان ئەندامێکی خێزانەوە بوو

step-referral-not-a-crime = ئێمە دوای تاوان یارمەتی دەدەین
step-referral-not-a-crime-body =
    خزمەتگوزارییەکەمان بۆ ئەو زیانەیە کە تاوانێک گەیاندوویەتی. بۆ زیانێک لە قوتابخانە، شوێنی کار یان ماڵەوە کە تاوان نەبووە، لەوانەیە قوتابخانەکە، خاوەنکار یان خزمەتگوزارییەکی نێوەندگیریی ناوچەیی بتوانن یارمەتی بدەن.

    هێشتا دەتوانن زانیارییەکانتان بۆمان بنێرن. دەیانخوێنینەوە و پێتان دەڵێین کێ دەتوانێت یارمەتیتان بدات.

step-referral-anti-social-behaviour = یارمەتی بۆ ڕەفتاری دژە کۆمەڵایەتی
step-referral-anti-social-behaviour-body =
    ڕەفتاری دژە کۆمەڵایەتی، وەک دەنگەدەنگ یان بێزارکردن لەلایەن دراوسێکانەوە، بە زۆری تاوان نییە. شارەوانیی ناوچەکەتان یان دابینکەری خانووەکەتان زۆر جار خزمەتگوزارییەکی نێوەندگیریی بەخۆڕاییان بۆ ئەمە هەیە.

    هێشتا دەتوانن زانیارییەکانتان بۆمان بنێرن. دەیانخوێنینەوە و پێتان دەڵێین کێ دەتوانێت یارمەتیتان بدات.

step-referral-when = کەی ڕوویدا
q-when = کەی ڕوویدا؟
q-when-date = مانگ و ساڵەکەی دەزانم
q-when-years-ago = بە نزیکەیی دەزانم چەند ساڵ لەمەوبەر بوو
q-when-not-sure = دڵنیا نیم
q-when-error = هەڵبژێرن کەی ڕوویدا
q-when-month = مانگ
q-when-month-error = مانگەکە هەڵبژێرن
q-when-year = ساڵ
q-when-year-hint = بۆ نموونە، 2024
q-when-year-error = ساڵەکە بنووسن
q-when-years = چەند ساڵ لەمەوبەر؟
q-when-years-error = بنووسن چەند ساڵ لەمەوبەر
q-how-long = چەند ماوەی خایاند؟ (ئارەزوومەندانە)
q-how-long-hint = هەندێک زیان یەک جار ڕوودەدات. هەندێکی تر ماوەیەکی درێژ دەخایەنێت.
q-how-long-once = یەک جار ڕوویدا، یان چەند ڕۆژێکی خایاند
q-how-long-up-to-3-years = تا 3 ساڵ درێژەی کێشا
q-how-long-more-than-3-years = زیاتر لە 3 ساڵ درێژەی کێشا
q-how-long-not-sure = دڵنیا نیم
q-ongoing = ئایا هێشتا ڕوودەدات، یان نیگەرانن جارێکی تر ڕووبداتەوە؟ (ئارەزوومەندانە)
q-ongoing-yes = بەڵێ
q-ongoing-no = نەخێر
q-ongoing-not-sure = دڵنیا نیم

step-referral-police = پۆلیس و دادگاکان
q-reported = ئایا بە پۆلیس ڕاگەیەندرا؟
q-reported-hint = بۆ داواکردنی یارمەتیی ئێمە، پێویست ناکات پێشتر بە پۆلیستان ڕاگەیاندبێت.
q-reported-yes = بەڵێ
q-reported-no = نەخێر
q-reported-not-sure = دڵنیا نیم
q-reported-error = بەڵێ، نەخێر یان «دڵنیا نیم» هەڵبژێرن
q-crime-reference = ژمارەی ئاماژەی تاوان (ئارەزوومەندانە)
q-crime-reference-hint = تەنها ئەگەر ئێستا لە بەردەستتانە.
q-stage = ئێستا دۆسیەکە گەیشتۆتە کوێ؟
q-stage-not-reported = ڕانەگەیەندرا
q-stage-investigating = پۆلیس لێکۆڵینەوەی لەسەر دەکات
q-stage-awaiting-court = چاوەڕێی دادگایە
q-stage-prison = کەسێک نێردرایە زیندان
q-stage-community = سزای خزمەتی کۆمەڵگا بەسەر کەسێکدا درا
q-stage-finished = هەمووی تەواو بووە
q-stage-no-further-action = پۆلیس هیچ ڕێوشوێنێکی تری نەگرتەبەر
q-stage-dont-know = نازانم
q-stage-error = هەڵبژێرن ئێستا چی ڕوو دەدات
q-agencies = ئایا جگە لە پۆلیس، خزمەتگوزاریی تریش لەم بابەتەدا بەشدارن؟ (ئارەزوومەندانە)
q-agencies-hint = بۆ نموونە، خزمەتگوزاریی کۆمەڵایەتی، کارمەندێکی پاڵپشتی، تیمێکی تەندروستیی دەروونی یان قوتابخانەیەک.
q-agencies-yes = بەڵێ
q-agencies-no = نەخێر
q-agencies-not-sure = دڵنیا نیم

step-referral-where = شوێن
q-area-happened = لە کوێ ڕوویدا؟
q-area-happened-error = هەڵبژێرن لە کوێ ڕوویدا
q-area-lives = لە کوێ دەژین؟
q-area-lives-error = هەڵبژێرن لە کوێ دەژین
q-area-lives-them = کەسەکە لە کوێ دەژی؟
q-area-lives-them-error = هەڵبژێرن کەسەکە لە کوێ دەژی
# same-as-en: a place name, kept as written in England
q-area-happened-birmingham = Birmingham
# same-as-en: a place name, kept as written in England
q-area-happened-coventry = Coventry
# same-as-en: a place name, kept as written in England
q-area-happened-dudley = Dudley
# same-as-en: a place name, kept as written in England
q-area-happened-sandwell = Sandwell
# same-as-en: a place name, kept as written in England
q-area-happened-solihull = Solihull
# same-as-en: a place name, kept as written in England
q-area-happened-walsall = Walsall
# same-as-en: a place name, kept as written in England
q-area-happened-wolverhampton = Wolverhampton
q-area-happened-elsewhere = شوێنێکی تر
q-area-happened-not-sure = دڵنیا نیم
# same-as-en: a place name, kept as written in England
q-area-lives-birmingham = Birmingham
# same-as-en: a place name, kept as written in England
q-area-lives-coventry = Coventry
# same-as-en: a place name, kept as written in England
q-area-lives-dudley = Dudley
# same-as-en: a place name, kept as written in England
q-area-lives-sandwell = Sandwell
# same-as-en: a place name, kept as written in England
q-area-lives-solihull = Solihull
# same-as-en: a place name, kept as written in England
q-area-lives-walsall = Walsall
# same-as-en: a place name, kept as written in England
q-area-lives-wolverhampton = Wolverhampton
q-area-lives-elsewhere = شوێنێکی تر
q-area-lives-not-sure = دڵنیا نیم

step-referral-outside-area = یارمەتی لە دەرەوەی West Midlands
step-referral-outside-area-body =
    ئێمە لە West Midlands کار دەکەین. خزمەتگوزاریی دادپەروەریی چاککەرەوە لە سەرتاسەری England و Wales هەیە، و دەتوانین زانیارییەکانتان بۆ ئەو خزمەتگوزارییە بنێرین کە لە ئێوە نزیکە.

    هێشتا دەتوانن زانیارییەکانتان بۆمان بنێرن. قسە لەگەڵ خزمەتگوزاریی گونجاو دەکەین و ئاگادارتان دەکەینەوە.

step-referral-other-person = کەسەکەی تر
q-other-age = تەمەنی ئەو کەسەی زیانەکەی گەیاند چەندە؟
q-other-age-hint = ئەگەر ئێوە زیانەکەتان گەیاندووە، دەربارەی ئەو کەسە پێمان بڵێن کە زیانتان پێ گەیاندووە.
q-other-age-under-18 = خوار 18 ساڵ
q-other-age-adult = 18 ساڵ یان زیاتر
q-other-age-dont-know = نازانم
q-other-age-error = تەمەنێک هەڵبژێرن، یان «نازانم»
q-other-age-them = تەمەنی ئەو کەسەی زیانەکەی گەیاند چەندە؟
q-other-age-them-hint = ئەگەر ئەو کەسەی ڕەوانەی دەکەن خۆی زیانەکەی گەیاندووە، دەربارەی ئەو کەسە پێمان بڵێن کە زیانی پێ گەیاندووە.
q-other-age-them-error = تەمەنێک هەڵبژێرن، یان «نازانم»
q-other-known = دەزانن کێیە؟
q-other-known-yes = بەڵێ
q-other-known-no = نەخێر
q-other-known-not-sure = دڵنیا نیم
q-other-known-error = بەڵێ، نەخێر یان «دڵنیا نیم» هەڵبژێرن
q-how-many = چەند کەس زیانەکەیان گەیاند؟
q-how-many-one = یەک کەس
q-how-many-two-or-three = 2 یان 3 کەس
q-how-many-more-than-three = زیاتر لە 3 کەس
q-how-many-dont-know = نازانم
q-how-many-error = هەڵبژێرن چەند کەس
q-how-many-harmed = چەند کەس زیانیان پێگەیشت؟ (ئارەزوومەندانە)
q-how-many-harmed-one = یەک کەس
q-how-many-harmed-two-or-three = 2 یان 3 کەس
q-how-many-harmed-more-than-three = زیاتر لە 3 کەس
q-how-many-harmed-dont-know = نازانم
q-vulnerable = ئایا کەسێک لەوانەی پەیوەندییان بەم بابەتەوە هەیە، پێویستی بە چاودێریی زیاتر هەیە بۆ ئەوەی بە سەلامەتی بەشداری بکات؟ (ئارەزوومەندانە)
q-vulnerable-hint = بۆ نموونە، بەهۆی تەمەنیان، کەمئەندامییەک یان تەندروستیی دەروونییان.
q-vulnerable-yes = بەڵێ
q-vulnerable-no = نەخێر
q-vulnerable-not-sure = دڵنیا نیم

step-referral-young-person = کاتێک گەنجێک زیانەکەی گەیاندووە
step-referral-young-person-body =
    کاتێک ئەو کەسەی زیانەکەی گەیاندووە خوار 18 ساڵ بێت، بە زۆری تیمی Youth Offending Team لە ناوچەکە سەرپەرشتی دەکات. ئەمە تیمێکی شارەوانییە بۆ گەنجانی خوار 18 ساڵ کە یاسایان شکاندووە. سەرەتا قسە لەگەڵ ئەوان دەکەین، و دڵنیا دەبینەوە کە یارمەتیی گونجاو وەردەگرن.

    هێشتا دەتوانن زانیارییەکانتان بۆمان بنێرن.

## Referral: in your own words, about you

step-referral-own-words = بە وشەکانی خۆتان (ئارەزوومەندانە)
q-story = چی ڕوویدا؟
q-story-hint = تەنها ئەوەمان پێ بڵێن کە دەتانەوێت. دەتوانن ئەم خانەیە بە بەتاڵی بهێڵنەوە.
q-hopes = پێتان خۆشە چی ڕوو بدات؟
q-hopes-hint = بۆ نموونە، پرسیارێک بکەن، گوێتان لێ بگیرێت، یان داوای لێبوردنتان لێ بکرێت.
q-hopes-them = کەسەکە پێی خۆشە چی ڕوو بدات؟
q-hopes-them-hint = بۆ نموونە، پرسیارێک بکات، گوێی لێ بگیرێت، یان داوای لێبوردنی لێ بکرێت.

step-referral-about-you = دەربارەی ئێوە
step-referral-about-you-them = دەربارەی کەسەکە
q-name = بە چ ناوێک بانگتان بکەین؟
q-name-hint = دەتوانێت ناوی یەکەمتان بێت، یان ناوێک کە پێتان باشترە.
q-name-error = بنووسن بە چ ناوێک بانگتان بکەین
q-name-them = بە چ ناوێک بانگی کەسەکە بکەین؟
q-name-them-hint = دەتوانێت ناوی یەکەمی بێت، یان ناوێک کە خۆی پێی باشترە.
q-name-them-error = بنووسن بە چ ناوێک بانگی کەسەکە بکەین
q-age-band = تەمەنتان چەندە؟
q-age-band-under-18 = خوار 18 ساڵ
q-age-band-18-24 = 18 تا 24
q-age-band-25-34 = 25 تا 34
q-age-band-35-44 = 35 تا 44
q-age-band-45-54 = 45 تا 54
q-age-band-55-64 = 55 تا 64
q-age-band-65-plus = 65 یان زیاتر
q-age-band-prefer-not = پێم باشترە نەیڵێم
q-age-band-error = تەمەنتان هەڵبژێرن، یان «پێم باشترە نەیڵێم»
q-age-band-them = تەمەنی کەسەکە چەندە؟
q-age-band-them-error = تەمەنی کەسەکە هەڵبژێرن، یان «پێم باشترە نەیڵێم»

step-referral-under-18 = ئەگەر خوار 18 ساڵن
step-referral-under-18-body =
    لە هەر تەمەنێکدا دەتوانن بەشداری لە دادپەروەریی چاککەرەوەدا بکەن. پێویستتان بە ڕێگەپێدانی دایک یان باوک نییە.

    ئەگەر بتانەوێت، دڵنیا دەبینەوە کە کەسێکی گەورەتان لەگەڵە بۆ پاڵپشتی، وەک دایک یان باوک، چاودێر یان کارمەندی گەنجان.

step-referral-under-18-them = ئەگەر کەسەکە خوار 18 ساڵە
step-referral-under-18-them-body =
    هەر کەسێک لە هەر تەمەنێکدا دەتوانێت بەشداری لە دادپەروەریی چاککەرەوەدا بکات. پێویستی بە ڕێگەپێدانی دایک یان باوک نییە.

    ئەگەر بیەوێت، دڵنیا دەبینەوە کە کەسێکی گەورەی لەگەڵە بۆ پاڵپشتی، وەک دایک یان باوک، چاودێر یان کارمەندی گەنجان.

## Referral: contacting you safely

step-referral-contact = چۆن پەیوەندیتان پێوە بکەین
step-referral-contact-them = چۆن پەیوەندی بە کەسەکەوە بکەین
q-contact-ways = چۆن دەتوانین پەیوەندیتان پێوە بکەین؟
q-contact-ways-hint = هەموو ئەو ڕێگایانە هەڵبژێرن کە بۆ ئێوە بێمەترسین.
q-contact-ways-phone = پەیوەندیی تەلەفۆنی
q-contact-ways-text = نامەی کورت (SMS)
q-contact-ways-email = ئیمەیڵ
q-contact-ways-letter = نامە بە پۆست
q-contact-ways-error = لانیکەم یەک ڕێگا بۆ پەیوەندیکردن پێتانەوە هەڵبژێرن
q-contact-ways-them = چۆن دەتوانین پەیوەندی بە کەسەکەوە بکەین؟
q-contact-ways-them-hint = هەموو ئەو ڕێگایانە هەڵبژێرن کە بۆ کەسەکە بێمەترسین.
q-contact-ways-them-error = لانیکەم یەک ڕێگا بۆ پەیوەندیکردن بە کەسەکەوە هەڵبژێرن
q-phone = ژمارەی تەلەفۆن
q-phone-error = ژمارەی تەلەفۆنێک بنووسن
q-email = ناونیشانی ئیمەیڵ
q-email-error = ناونیشانی ئیمەیڵێک بنووسن
q-address = ناونیشان
q-address-error = ناونیشانەکەتان بنووسن
q-address-them = ناونیشانی کەسەکە
q-address-them-error = ناونیشانی کەسەکە بنووسن
q-postcode = پۆستکۆد
q-postcode-error = پۆستکۆدەکەتان بنووسن
q-postcode-them = پۆستکۆدی کەسەکە
q-postcode-them-error = پۆستکۆدی کەسەکە بنووسن

step-referral-contact-safety = پەیوەندیی بێمەترسی
q-voicemail-ok = ئایا بێمەترسییە کە نامەی دەنگیتان بۆ بەجێ بهێڵین یان نامەی کورتتان بۆ بنێرین؟
q-voicemail-ok-hint = هەرگیز لە نامەکەدا ناڵێین دەربارەی چییە.
q-voicemail-ok-yes = بەڵێ
q-voicemail-ok-no = نەخێر
q-voicemail-ok-error = بەڵێ یان نەخێر هەڵبژێرن
q-email-ok = ئایا بێمەترسییە کە ئیمەیڵتان بۆ بنێرین؟
q-email-ok-yes = بەڵێ
q-email-ok-no = نەخێر
q-email-ok-error = بەڵێ یان نەخێر هەڵبژێرن
q-email-ok-them = ئایا بێمەترسییە کە ئیمەیڵ بۆ کەسەکە بنێرین؟
q-email-ok-them-error = بەڵێ یان نەخێر هەڵبژێرن
q-safe-times = کەی بێمەترسییە پەیوەندیتان پێوە بکەین؟ (ئارەزوومەندانە)
q-safe-times-hint = بۆ نموونە، ڕۆژانی کار دوای کاتژمێر دووی پاشنیوەڕۆ.
q-safe-times-them = کەی بێمەترسییە پەیوەندی بە کەسەکەوە بکەین؟ (ئارەزوومەندانە)
q-safe-times-them-hint = بۆ نموونە، ڕۆژانی کار دوای کاتژمێر دووی پاشنیوەڕۆ.
q-caller-notes = ئایا شتێک هەیە کە پەیوەندیکەر دەبێت بیڵێت یان نەیڵێت؟ (ئارەزوومەندانە)
q-caller-notes-hint = بۆ نموونە، «بڵێ لە نۆرینگەی پزیشکەوەم» یان «داوای سام بکە».

## Referral: your needs, your safety

step-referral-needs = ئەوەی لە ئێمەتان پێویستە
step-referral-needs-them = ئەوەی کەسەکە لە ئێمەی پێویستە
q-language = حەز دەکەن چ زمانێک بەکاربهێنن؟ (ئارەزوومەندانە)
q-language-them = کەسەکە حەز دەکات چ زمانێک بەکاربهێنێت؟ (ئارەزوومەندانە)
q-interpreter = ئایا وەرگێڕتان دەوێت؟
q-interpreter-yes = بەڵێ
q-interpreter-no = نەخێر
q-interpreter-error = بەڵێ یان نەخێر هەڵبژێرن
q-interpreter-them = ئایا کەسەکە وەرگێڕی دەوێت؟
q-interpreter-them-error = بەڵێ یان نەخێر هەڵبژێرن
q-bsl = ئایا زمانی ئاماژەی بەریتانی (British Sign Language, BSL) بەکاردەهێنن؟
q-bsl-yes = بەڵێ
q-bsl-no = نەخێر
q-bsl-error = بەڵێ یان نەخێر هەڵبژێرن
q-bsl-them = ئایا کەسەکە زمانی ئاماژەی بەریتانی (British Sign Language, BSL) بەکاردەهێنێت؟
q-bsl-them-error = بەڵێ یان نەخێر هەڵبژێرن
q-access = ئایا هیچ کام لەمانە یارمەتیتان دەدات؟ (ئارەزوومەندانە)
q-access-them = ئایا هیچ کام لەمانە یارمەتیی کەسەکە دەدات؟ (ئارەزوومەندانە)
q-access-large-print = چاپی گەورە
q-access-easy-read = نووسینی ئاسانخوێن (Easy Read)
q-access-hearing = یارمەتی بۆ بیستن
q-access-sight = یارمەتی بۆ بینین
q-access-mobility = یارمەتی بۆ هاتوچۆ
q-access-learning-disability = پاڵپشتی بۆ کەمئەندامیی فێربوون
q-access-mental-health = پاڵپشتی بۆ تەندروستیی دەروونی
q-support-person = ئایا دەتانەوێت کەسێک لەگەڵتان بێت بۆ پاڵپشتی؟
q-support-person-hint = بۆ نموونە، هاوڕێیەک، ئەندامێکی خێزان یان کارمەندێکی پاڵپشتی.
q-support-person-yes = بەڵێ
q-support-person-no = نەخێر
q-support-person-error = بەڵێ یان نەخێر هەڵبژێرن
q-support-person-them = ئایا کەسەکە دەیەوێت کەسێک لەگەڵی بێت بۆ پاڵپشتی؟
q-support-person-them-hint = بۆ نموونە، هاوڕێیەک، ئەندامێکی خێزان یان کارمەندێکی پاڵپشتی.
q-support-person-them-error = بەڵێ یان نەخێر هەڵبژێرن

q-safe-now = ئایا ئێستا سەلامەتن؟
q-safe-now-yes = بەڵێ
q-safe-now-no = نەخێر
q-safe-now-not-sure = دڵنیا نیم
q-safe-now-error = بەڵێ، نەخێر یان «دڵنیا نیم» هەڵبژێرن
q-safe-now-them = ئایا کەسەکە ئێستا سەلامەتە؟
q-safe-now-them-error = بەڵێ، نەخێر یان «دڵنیا نیم» هەڵبژێرن

step-referral-not-safe = ئێستا یارمەتی وەربگرن
step-referral-not-safe-body =
    ئەگەر لە مەترسیدان، ئێستا پەیوەندی بە 999 بکەن.

    ئەگەر ناتوانن قسە بکەن، لە مۆبایلەوە پەیوەندی بە 999 بکەن. کاتێک دەنگێک دەبیستن، 55 دابگرن. ئەمە بە پۆلیس دەڵێت کە حاڵەتێکی لەناکاوی ڕاستەقینەیە.

    ئەگەر حاڵەتی لەناکاو نییە، لە ژمارە 101 پەیوەندی بە پۆلیسەوە بکەن.

    کاتێک ئامادە بوون، دەتوانن درێژە بە پڕکردنەوەی ئەم فۆرمە بدەن. کاتێک پەیوەندیتان پێوە دەکەین، زیاتر ئاگادار دەبین.

step-referral-not-safe-them = ئێستا یارمەتی وەربگرن
step-referral-not-safe-them-body =
    ئەگەر کەسەکە لە مەترسیدایە، ئێستا پەیوەندی بە 999 بکەن.

    ئەگەر حاڵەتی لەناکاو نییە، لە ژمارە 101 پەیوەندی بە پۆلیسەوە بکەن.

    کاتێک ئامادە بوون، دەتوانن درێژە بە پڕکردنەوەی ئەم فۆرمە بدەن. کاتێک پەیوەندی بە کەسەکەوە دەکەین، زیاتر ئاگادار دەبین.

## Referral: check, consent, send

step-referral-check = وەڵامەکانتان بپشکنن
step-referral-consent = ڕەزامەندیی ئێوە
step-referral-consent-body =
    بەشداریکردن هەڵبژاردنی خۆتانە. دەتوانن هەر کاتێک بتانەوێت ڕابوەستن، تەنانەت دوای ناردنی ئەمەش.

    وەڵامەکانتان بەکاردەهێنین بۆ پەیوەندیکردن پێتانەوە و بۆ پلاندانان بۆ هەنگاوی داهاتوو. بە پارێزراوی دەیانهێڵینەوە، و تەنها کاتێک پێویست بێت هاوبەشیان دەکەین، بۆ نموونە بۆ پاراستنی کەسێک لە زیان.
q-consent = ڕەزامەندیی ئێوە
q-consent-agree = ڕازیم کە وەڵامەکانم بەکاربهێنن بۆ پەیوەندیکردن پێمەوە دەربارەی دادپەروەریی چاککەرەوە
q-consent-error = بۆ ڕازیبوون نیشانە لە خانەکە بدەن، بۆ ئەوەی بتوانین پەیوەندیتان پێوە بکەین
step-referral-consent-them = ناردنی ئەم ڕەوانەکردنە
step-referral-consent-them-body =
    بەشداریکردن هەمیشە هەڵبژاردنی خودی کەسەکەیە. دەتوانێت هەر کاتێک بیەوێت ڕابوەستێت، تەنانەت دوای ناردنی ئەمەش.

    ئەم وەڵامانە بەکاردەهێنین بۆ پەیوەندیکردن بە کەسەکەوە، و ئەگەر پێویست بوو بە ئێوەشەوە، و بۆ پلاندانان بۆ هەنگاوی داهاتوو. بە پارێزراوی دەیانهێڵینەوە، و تەنها کاتێک پێویست بێت هاوبەشیان دەکەین، بۆ نموونە بۆ پاراستنی کەسێک لە زیان.
q-consent-them = ڕەزامەندیی ئێوە
q-consent-them-agree = ڕازیم کە ئەم وەڵامانە بەکاربهێنن بۆ پەیوەندیکردن بە کەسەکەوە، و ئەگەر پێویست بوو بە منیشەوە، دەربارەی دادپەروەریی چاککەرەوە
q-consent-them-error = بۆ ڕازیبوون نیشانە لە خانەکە بدەن، بۆ ئەوەی بتوانین پەیوەندی بە کەسەکەوە بکەین

## Call back

step-call-back-your-details = زانیارییەکانتان
step-call-back-when = کەی تەلەفۆن بکەین
q-call-days = کام ڕۆژانە باشترن؟ (ئارەزوومەندانە)
q-call-days-monday = دووشەممە
q-call-days-tuesday = سێشەممە
q-call-days-wednesday = چوارشەممە
q-call-days-thursday = پێنجشەممە
q-call-days-friday = هەینی
q-call-times = کام کاتی ڕۆژ باشترە؟ (ئارەزوومەندانە)
q-call-times-morning = بەیانی
q-call-times-lunchtime = نیوەڕۆ
q-call-times-afternoon = پاشنیوەڕۆ
step-call-back-language = زمان
q-call-reason = دەتانەوێت دەربارەی چی قسە بکەن؟ (ئارەزوومەندانە)
q-call-reason-hint = چەند وشەیەک بەسە. دەتوانن ئەم خانەیە بە بەتاڵی بهێڵنەوە.
step-call-back-check = وەڵامەکانتان بپشکنن
step-call-back-consent = ڕەزامەندیی ئێوە
step-call-back-consent-body =
    ژمارەی تەلەفۆنەکەتان تەنها بۆ ئەوە بەکاردەهێنین کە دەربارەی دادپەروەریی چاککەرەوە تەلەفۆنتان بۆ بکەینەوە.

## Withdrawal

step-withdrawal-details = داواکارییەکەتان ڕابگرن
step-withdrawal-details-body =
    ژمارەی ئاماژەکەتانمان پێ بڵێن، و چۆن دەتوانین دڵنیا بین کە خۆتانن. لێرەدا هیچ شتێک دەربارەی داواکارییەکەتان نیشان نادەین.
q-reference = ژمارەی ئاماژەکەتان
q-reference-hint = بە RJ دەست پێ دەکات، وەک RJ-HK4M-7TWX.
q-reference-error = ژمارەی ئاماژەکەتان بنووسن
q-withdraw-contact = ژمارەی تەلەفۆن یان ناونیشانی ئیمەیڵەکەتان
q-withdraw-contact-hint = ئەوەی پێتان دابووین، بۆ ئەوەی دڵنیا بین کە خۆتانن.
q-withdraw-contact-error = ژمارەی تەلەفۆن یان ناونیشانی ئیمەیڵەکەتان بنووسن
q-withdraw-reason = بۆچی دەتانەوێت ڕابوەستن؟ (ئارەزوومەندانە)
q-withdraw-reason-hint = پێویست ناکات پێمان بڵێن.
q-withdraw-confirm = دڵنیاکردنەوە
q-withdraw-confirm-confirm = دەمەوێت داواکارییەکەم ڕابگرم
q-withdraw-confirm-error = نیشانە لە خانەکە بدەن، بۆ دڵنیاکردنەوەی ئەوەی دەتانەوێت ڕابوەستن

## Confirmation

sent-referral-title = داواکارییەکەتان گەیشت
sent-call-back-title = تەلەفۆنتان بۆ دەکەینەوە
sent-withdrawal-title = داوای ڕاگرتنەکەتان گەیشت
sent-reference = ژمارەی ئاماژەکەتان ئەمەیە
sent-keep-reference = ئەم ژمارەیە بە پارێزراوی بهێڵنەوە. ئەگەر دەربارەی ئەمە پەیوەندیمان پێوە بکەن، پێویستتان پێی دەبێت.
sent-next-heading = دواتر چی ڕوو دەدات
sent-referral-next = ئەندامێکی تیمەکەمان تا { $date } پەیوەندیتان پێوە دەکات، بەو شێوەیەی پێتان وتووین بێمەترسییە.
sent-call-back-next = تا { $date } تەلەفۆنتان بۆ دەکەین.
sent-withdrawal-next = کارکردن لەسەر داواکارییەکەتان ڕادەگرین، و تا { $date } ئەمە پشتڕاست دەکەینەوە، ئەگەر پەیوەندیکردن پێتانەوە بێمەترسی بێت.
sent-contact-heading = پەیوەندیمان پێوە بکەن
sent-withdraw-heading = ئەگەر بیرتان گۆڕی
sent-withdraw-text = دەتوانن هەر کاتێک بتانەوێت ڕابوەستن.
sent-withdraw-link = داواکارییەکەتان ڕابگرن
sent-support-heading = پاڵپشتی لە کاتی چاوەڕوانیدا
sent-support-text = هەر کاتێک دەتوانن پاڵپشتیی بەخۆڕایی لە Victim Support وەربگرن (ڕێکخراوێکی خێرخوازی پاڵپشتیی قوربانیانی تاوان)، چ بەشداری لە دادپەروەریی چاککەرەوەدا بکەن یان نا. لە حاڵەتی لەناکاودا، پەیوەندی بە 999 بکەن.
sent-print = بۆ ئەوەی تۆمارێکتان لا بێت، ژمارەی ئاماژەکەتان بنووسنەوە یان ئەم پەڕەیە چاپ بکەن.
sent-equality-heading = یارمەتیمان بدەن دادپەروەر بین (ئارەزوومەندانە)
sent-equality-text = چەند پرسیارێک دەربارەی ئێوە یارمەتیمان دەدات دڵنیا بین کە لەگەڵ هەمووان دادپەروەرین. وەڵامەکانتان جیا لە داواکارییەکەتان هەڵدەگیرێن.
sent-equality-link = وەڵامی پرسیارەکانی یەکسانی بدەنەوە
sent-home-link = بچن بۆ پەڕەی سەرەکی

## Equality monitoring

step-referral-equality = یارمەتیمان بدەن دادپەروەر بین
step-referral-equality-body =
    ئەم پرسیارانە ئارەزوومەندانەن. وەڵامەکانتان جیا لە داواکارییەکەتان هەڵدەگیرێن، و تەنها بۆ ژماردنی ئەو کەسانە بەکاردێن کە یارمەتییان دەدەین.
q-eq-age = تەمەنتان چەندە؟
q-eq-age-under-18 = خوار 18 ساڵ
q-eq-age-18-24 = 18 تا 24
q-eq-age-25-34 = 25 تا 34
q-eq-age-35-44 = 35 تا 44
q-eq-age-45-54 = 45 تا 54
q-eq-age-55-64 = 55 تا 64
q-eq-age-65-plus = 65 یان زیاتر
q-eq-age-prefer-not = پێم باشترە نەیڵێم
q-eq-sex = ڕەگەزتان چییە؟
q-eq-sex-female = مێ
q-eq-sex-male = نێر
q-eq-sex-prefer-not = پێم باشترە نەیڵێم
q-eq-gender-same = ئایا ئەو ڕەگەزەی خۆتانی پێ دەناسێنن، هەمان ئەو ڕەگەزەیە کە لە کاتی لەدایکبووندا بۆتان تۆمار کراوە؟
q-eq-gender-same-yes = بەڵێ
q-eq-gender-same-no = نەخێر
q-eq-gender-same-prefer-not = پێم باشترە نەیڵێم
q-eq-ethnicity = گرووپی ئێتنیکیتان چییە؟
q-eq-ethnicity-white-british = سپی: ئینگلیز، وێڵزی، سکۆتلەندی، ئیرلەندیی باکوور یان بەریتانی
q-eq-ethnicity-white-irish = سپی: ئیرلەندی
q-eq-ethnicity-white-gypsy-traveller = سپی: قەرەچی یان گەڕۆکی ئیرلەندی (Gypsy or Irish Traveller)
q-eq-ethnicity-white-roma = سپی: ڕۆما
q-eq-ethnicity-white-other = سپی: هەر پاشخانێکی تری سپی
q-eq-ethnicity-mixed-white-black-caribbean = تێکەڵ: سپی و ڕەشی کاریبی
q-eq-ethnicity-mixed-white-black-african = تێکەڵ: سپی و ڕەشی ئەفریقی
q-eq-ethnicity-mixed-white-asian = تێکەڵ: سپی و ئاسیایی
q-eq-ethnicity-mixed-other = تێکەڵ: هەر پاشخانێکی تری تێکەڵ یان فرەیی
q-eq-ethnicity-asian-indian = ئاسیایی یان ئاسیایی بەریتانی: هیندی
q-eq-ethnicity-asian-pakistani = ئاسیایی یان ئاسیایی بەریتانی: پاکستانی
q-eq-ethnicity-asian-bangladeshi = ئاسیایی یان ئاسیایی بەریتانی: بەنگلادیشی
q-eq-ethnicity-asian-chinese = ئاسیایی یان ئاسیایی بەریتانی: چینی
q-eq-ethnicity-asian-other = ئاسیایی یان ئاسیایی بەریتانی: هەر پاشخانێکی تری ئاسیایی
q-eq-ethnicity-black-african = ڕەش، ڕەشی بەریتانی، کاریبی یان ئەفریقی: ئەفریقی
q-eq-ethnicity-black-caribbean = ڕەش، ڕەشی بەریتانی، کاریبی یان ئەفریقی: کاریبی
q-eq-ethnicity-black-other = ڕەش، ڕەشی بەریتانی، کاریبی یان ئەفریقی: هەر پاشخانێکی تر
q-eq-ethnicity-other-arab = گرووپی ئێتنیکیی تر: عەرەب
q-eq-ethnicity-other-any = هەر گرووپێکی ئێتنیکیی تر
q-eq-ethnicity-prefer-not = پێم باشترە نەیڵێم
q-eq-disability = ئایا کەمئەندامییەک یان نەخۆشییەکی درێژخایەنتان هەیە؟
q-eq-disability-yes = بەڵێ
q-eq-disability-no = نەخێر
q-eq-disability-prefer-not = پێم باشترە نەیڵێم

## Too many tries

busy-title = تکایە کەمێک چاوەڕێ بکەن
busy-text =
    لە ماوەیەکی کورتدا وەڵامێکی زۆرمان لە پەیوەندییەکەتانەوە پێگەیشتووە. تکایە { $minutes ->
        [one] { $minutes } خولەک
       *[other] { $minutes } خولەک
    } چاوەڕێ بکەن، پاشان دووبارە هەوڵ بدەنەوە.
busy-back = دوگمەی Back (گەڕانەوە)ی وێبگەڕەکەتان بەکاربهێنن بۆ گەڕانەوە بۆ وەڵامەکانتان. هێشتا لەوێن.

## Our database is not answering

store-down-title = ئێستا ناتوانین وەڵامەکانتان پاشەکەوت بکەین
store-down-text = کێشەیەک لای ئێمە هەیە. ئەو وەڵامانەی لە پەڕەکانی پێشوودا داتان، پارێزراون. ئەوەی لەم پەڕەیەدا نووسیوتانە هێشتا لە وێبگەڕەکەتاندایە: دوگمەی Back (گەڕانەوە)ی وێبگەڕەکەتان بەکاربهێنن بۆ گەڕانەوە بۆی، پاشان دوای چەند خولەکێک دووبارە هەوڵ بدەنەوە. ئەگەر هەر بەردەوام بوو، لە ژمارە { $phone } تەلەفۆنمان بۆ بکەن.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = پێمان بڵێن چۆن ڕۆیشت
feedback-intro = سوپاس بۆ بەشداریکردنتان. وەڵامەکانتان یارمەتیمان دەدەن خزمەتگوزارییەکەمان بۆ خەڵکی تر باشتر بکەین. ئێمە تەنها وەڵامەکان دەژمێرین: کەس بە ناوی ئێوەوە نایانخوێنێتەوە.
feedback-prefer-not = دەتوانن بۆ هەر پرسیارێک «پێم باشترە نەیڵێم» هەڵبژێرن.
q-fb-service = لەو خزمەتگوزارییەی پێشکەشی ئێوەمان کرد، چەندە ڕازین؟
q-fb-service-very-satisfied = زۆر ڕازی
q-fb-service-satisfied = ڕازی
q-fb-service-neither = نە ڕازی، نە ناڕازی
q-fb-service-dissatisfied = ناڕازی
q-fb-service-very-dissatisfied = زۆر ناڕازی
q-fb-service-prefer-not = پێم باشترە نەیڵێم
q-fb-service-error = ئاستی ڕازیبوونتان هەڵبژێرن، یان «پێم باشترە نەیڵێم»
q-fb-outcome = چەندە ڕازین لەوەی کارەکان لە کۆتاییدا چۆن ڕۆیشتن؟
q-fb-outcome-very-satisfied = زۆر ڕازی
q-fb-outcome-satisfied = ڕازی
q-fb-outcome-neither = نە ڕازی، نە ناڕازی
q-fb-outcome-dissatisfied = ناڕازی
q-fb-outcome-very-dissatisfied = زۆر ناڕازی
q-fb-outcome-prefer-not = پێم باشترە نەیڵێم
q-fb-outcome-error = ئاستی ڕازیبوونتان هەڵبژێرن، یان «پێم باشترە نەیڵێم»
q-fb-safety = بە بەراورد لەگەڵ پێشوو، ئێستا چەندە هەست بە سەلامەتی دەکەن؟
q-fb-safety-better = سەلامەتتر لە پێشوو
q-fb-safety-same = نزیکەی وەک پێشوو
q-fb-safety-worse = کەمتر سەلامەت لە پێشوو
q-fb-safety-prefer-not = پێم باشترە نەیڵێم
q-fb-safety-error = وەڵامێک هەڵبژێرن، یان «پێم باشترە نەیڵێم»
q-fb-wellbeing = بە بەراورد لەگەڵ پێشوو، ئێستا حاڵتان چۆنە؟
q-fb-wellbeing-better = باشتر لە پێشوو
q-fb-wellbeing-same = نزیکەی وەک پێشوو
q-fb-wellbeing-worse = خراپتر لە پێشوو
q-fb-wellbeing-prefer-not = پێم باشترە نەیڵێم
q-fb-wellbeing-error = وەڵامێک هەڵبژێرن، یان «پێم باشترە نەیڵێم»
q-fb-coping = بە بەراورد لەگەڵ پێشوو، ئێستا چەندە دەتوانن بەرگەی ئەوە بگرن کە ڕوویدا؟
q-fb-coping-better = باشتر لە پێشوو
q-fb-coping-same = نزیکەی وەک پێشوو
q-fb-coping-worse = خراپتر لە پێشوو
q-fb-coping-prefer-not = پێم باشترە نەیڵێم
q-fb-coping-error = وەڵامێک هەڵبژێرن، یان «پێم باشترە نەیڵێم»
q-fb-confidence = بە بەراورد لەگەڵ پێشوو، ئێستا چەندە متمانەتان بە پۆلیس و دادگاکان هەیە؟
q-fb-confidence-better = متمانەی زیاتر لە پێشوو
q-fb-confidence-same = نزیکەی وەک پێشوو
q-fb-confidence-worse = متمانەی کەمتر لە پێشوو
q-fb-confidence-prefer-not = پێم باشترە نەیڵێم
q-fb-confidence-error = وەڵامێک هەڵبژێرن، یان «پێم باشترە نەیڵێم»
feedback-gone-title = ئەم بەستەرە ئیتر کار ناکات
feedback-gone-text = هەر بەستەرێکی ڕاوبۆچوون تەنها یەک جار کار دەکات، و تەنها بۆ چەند هەفتەیەک. ئەگەر هێشتا دەتانەوێت پێمان بڵێن چۆن ڕۆیشت، لە ژمارە { $phone } تەلەفۆنمان بۆ بکەن.
feedback-thanks-title = سوپاس
feedback-thanks-text = وەڵامەکانتان گەیشت. یارمەتیمان دەدەن خزمەتگوزارییەکەمان بۆ کەسی داهاتوو باشتر بکەین.
