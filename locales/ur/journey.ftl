## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = ابھی شروع کریں
button-continue = آگے بڑھیں
button-send = بھیجیں
button-carry-on = جاری رکھیں
button-skip = یہ سوالات چھوڑ دیں
link-back = واپس
select-choose = مہینہ منتخب کریں
spam-trap-label = اس خانے کو خالی چھوڑ دیں
offer-call-back = آپ چاہیں تو ہم سے کہہ سکتے ہیں کہ ہم آپ کو فون کریں
check-change = تبدیل کریں
check-not-answered = جواب نہیں دیا گیا
consent-privacy-link = پڑھیں کہ ہم آپ کی معلومات کیسے استعمال کرتے ہیں (رازداری کا نوٹس)
textarea-count =
    آپ نے { $max ->
        [one] { $max } حرف
       *[other] { $max } حروف
    } میں سے { $used } استعمال کیے ہیں۔

## Errors

error-summary-title = ایک مسئلہ ہے
error-prefix = غلطی:
error-title-prefix = غلطی:
error-choose-from-list = فہرست میں سے ایک جواب منتخب کریں
error-too-long =
    { $count ->
        [one] { $count } حرف
       *[other] { $count } حروف
    } یا اس سے کم استعمال کریں
error-phone = فون نمبر اس طرح لکھیں: ⁦07700 900 982⁩ یا ⁦+48 601 234 567⁩
error-email = ای میل ایڈریس اس طرح لکھیں: name@example.com
error-postcode = پوسٹ کوڈ اس طرح لکھیں: B1 1BB
error-year = سال 4 ہندسوں میں لکھیں، جیسے 2024
error-years = سالوں کی تعداد لکھیں، جیسے 3
error-crime-reference = کرائم ریفرنس نمبر میں صرف حروف، ہندسے، / اور - ہو سکتے ہیں
error-reference = اپنا ریفرنس نمبر لکھیں، جیسے RJ-HK4M-7TWX
error-date-future = تاریخ آج سے پہلے کی ہونی چاہیے
error-too-fast = براہ کرم اپنے جوابات دیکھ لیں، پھر انہیں دوبارہ بھیجیں

## Start pages

start-referral-title = بحالی انصاف کے لیے درخواست دیں
start-referral-body =
    ہم آپ سے آپ کے بارے میں اور جو ہوا اس کے بارے میں کچھ سوال پوچھیں گے۔ اس میں تقریباً 15 منٹ لگتے ہیں۔

    یہ مفت ہے۔ یہ رازدارانہ ہے۔ آپ کی مرضی کے بغیر کچھ نہیں ہوگا، اور آپ کسی بھی وقت رک سکتے ہیں۔

    جو بات آپ ابھی ہمیں نہیں بتانا چاہتے، اسے چھوڑ سکتے ہیں۔ پھر ہماری ٹیم کا کوئی رکن آپ سے اسی طریقے سے رابطہ کرے گا جو آپ چنیں گے۔
start-call-back-title = ہم سے کہیں کہ ہم آپ کو فون کریں
start-call-back-body =
    ہمیں اپنا فون نمبر اور فون کرنے کا اچھا وقت بتائیں۔ اس میں تقریباً 3 منٹ لگتے ہیں۔

    ہم آپ کے سوالوں کے جواب دینے کے لیے فون کریں گے۔ فون پر آپ کو کوئی فیصلہ نہیں کرنا ہوگا۔
start-withdrawal-title = اپنی درخواست واپس لیں
start-withdrawal-body =
    آپ کسی بھی وقت، کسی بھی وجہ سے رک سکتے ہیں۔ آپ کو ہمیں وجہ بتانے کی ضرورت نہیں۔

    اس کے لیے آپ کو وہ ریفرنس نمبر چاہیے ہوگا جو ہم نے آپ کو دیا تھا۔
start-kept-for =
    جب تک آپ یہ فارم بھر رہے ہیں، ہم آپ کے جوابات اپنے سرور پر زیادہ سے زیادہ { $hours ->
        [one] { $hours } گھنٹے
       *[other] { $hours } گھنٹے
    } تک رکھتے ہیں۔ جب آپ انہیں بھیج دیں یا "{ quick-exit }" دبائیں، تو یہ مٹا دیے جاتے ہیں۔

## Referral: who it is for

q-for-whom = یہ کس کے لیے ہے؟
q-for-whom-me = میرے لیے
q-for-whom-someone-else = کسی اور کے لیے، جو اس پر راضی ہے
q-for-whom-error = منتخب کریں کہ یہ کس کے لیے ہے

step-referral-on-behalf = آپ کے بارے میں
q-relationship = آپ اس شخص کو کیسے جانتے ہیں؟
q-relationship-family = میں ان کے خاندان سے ہوں
q-relationship-friend = ہم دوست ہیں
q-relationship-supporter = میں ان کی مدد کرنے والا فرد ہوں (مثلاً دیکھ بھال کرنے والا یا ان کی طرف سے بات کرنے والا)
q-relationship-professional = میرا ان سے کام کا تعلق ہے
q-relationship-error = منتخب کریں کہ آپ اس شخص کو کیسے جانتے ہیں
q-organisation-type = آپ کہاں کام کرتے ہیں؟
q-organisation-type-police = پولیس
q-organisation-type-probation = پروبیشن سروس
q-organisation-type-victim-care = متاثرین کی دیکھ بھال یا مدد
q-organisation-type-yot = یوتھ آفینڈنگ ٹیم (نوجوانوں کے جرائم کی ٹیم)
q-organisation-type-prison = جیل
q-organisation-type-csp = کمیونٹی سیفٹی پارٹنرشپ (علاقے کی حفاظت کے لیے مل کر کام کرنے والے ادارے)
q-organisation-type-health = صحت کی سروس، جیسے جی پی یا ہسپتال
q-organisation-type-school = اسکول یا کالج
q-organisation-type-other = کہیں اور
q-organisation-type-error = منتخب کریں کہ آپ کہاں کام کرتے ہیں
q-organisation-name = آپ کے ادارے کا نام (اختیاری)

step-referral-your-details = آپ کی تفصیلات
q-referrer-name = آپ کا نام
q-referrer-name-error = اپنا نام لکھیں
q-referrer-phone = آپ کا فون نمبر
q-referrer-phone-error = اپنا فون نمبر لکھیں
q-referrer-email = آپ کا ای میل ایڈریس (اختیاری)

q-agreed = کیا وہ شخص اس درخواست پر راضی ہے؟
q-agreed-hint = ہم صرف اسی شخص کی مدد کر سکتے ہیں جو خود ہماری مدد چاہے۔ اگر آپ پولیس افسر ہیں اور آپ نے ابھی ان سے نہیں پوچھا، تو ہم آپ کی طرف سے ان سے پوچھ سکتے ہیں۔
q-agreed-yes = ہاں، وہ راضی ہیں
q-agreed-not-asked = میں نے ابھی ان سے نہیں پوچھا
q-agreed-no = نہیں، وہ راضی نہیں ہیں
q-agreed-error = منتخب کریں کہ کیا وہ راضی ہیں

step-referral-need-agreement = پہلے اس شخص کی رضامندی ضروری ہے
step-referral-need-agreement-body =
    بحالی انصاف تبھی کام کرتا ہے جب لوگ خود اسے چنیں۔ اس لیے ہم درخواست صرف تب لے سکتے ہیں جب اس شخص کو اس کا علم ہو اور وہ اس پر راضی ہو۔

    آپ انہیں اس ویب سائٹ کے بارے میں بتا سکتے ہیں، یا انہیں ہمارا فون نمبر دے سکتے ہیں۔ وہ خود ہم سے رابطہ کر سکتے ہیں، یا آپ کو یہ درخواست بھیجنے کی اجازت دے سکتے ہیں۔

    اگر آپ کو ان کی حفاظت کی فکر ہے تو ایمرجنسی میں 999 پر کال کریں۔ اگر ایمرجنسی نہیں ہے تو 101 پر کال کریں۔

step-referral-we-will-ask = ہم آپ کی طرف سے ان سے پوچھیں گے
step-referral-we-will-ask-body =
    شکریہ۔ ان سے ابھی پوچھا نہیں گیا، اس لیے ہم پہلے ان سے رابطہ کریں گے اور پوچھیں گے کہ کیا وہ ہماری مدد چاہتے ہیں۔ جب تک وہ ہاں نہ کہیں، آگے کچھ نہیں ہوگا۔

    جاری رکھیں اور ہمیں وہ بتائیں جو آپ جانتے ہیں۔ جس بات کا آپ کو یقین نہ ہو، اسے چھوڑ سکتے ہیں۔

## Referral: what happened

q-connection = جو ہوا، اس سے آپ کا کیا تعلق ہے؟
q-connection-harmed = مجھے نقصان پہنچایا گیا
q-connection-family-harmed = میرے خاندان کے کسی فرد کو نقصان پہنچایا گیا
q-connection-bereaved = جرم کی وجہ سے میرے خاندان کے کسی فرد کی موت ہو گئی
q-connection-caused-harm = میں نے نقصان پہنچایا
q-connection-other-affected = مجھ پر کسی اور طرح سے اثر پڑا
q-connection-error = منتخب کریں کہ آپ کا اس سے کیا تعلق ہے
q-connection-them = جو ہوا، اس سے اس شخص کا کیا تعلق ہے؟
q-connection-them-harmed = انہیں نقصان پہنچایا گیا
q-connection-them-family-harmed = ان کے خاندان کے کسی فرد کو نقصان پہنچایا گیا
q-connection-them-bereaved = جرم کی وجہ سے ان کے خاندان کے کسی فرد کی موت ہو گئی
q-connection-them-caused-harm = انہوں نے نقصان پہنچایا
q-connection-them-other-affected = ان پر کسی اور طرح سے اثر پڑا
q-connection-them-error = منتخب کریں کہ ان کا اس سے کیا تعلق ہے

step-referral-what-happened = کیا ہوا
q-crime-type = یہ کس قسم کا جرم تھا؟
q-crime-type-hint = جو جواب سب سے زیادہ ملتا جلتا ہو، وہ منتخب کریں۔ آپ کو تفصیل بتانے کی ضرورت نہیں۔
q-crime-type-violence = تشدد یا حملہ
q-crime-type-sexual = جنسی جرم
q-crime-type-domestic-abuse = گھریلو بدسلوکی یا گھریلو تشدد
q-crime-type-hate-crime = نفرت پر مبنی جرم
q-crime-type-burglary = گھر یا عمارت میں گھس کر چوری
q-crime-type-robbery = ڈکیتی (زبردستی یا دھمکی دے کر کچھ چھیننا)
q-crime-type-theft = چوری
q-crime-type-criminal-damage = کسی کی چیزوں یا جائیداد کو نقصان پہنچانا
q-crime-type-fraud-online = دھوکہ دہی یا آن لائن جرم
q-crime-type-harassment = ہراساں کرنا یا پیچھا کرنا
q-crime-type-driving = گاڑی چلانے سے متعلق جرم
q-crime-type-asb = سماج دشمن رویہ، جیسے شور یا تنگ کرنا
q-crime-type-not-crime = ایسا نقصان جو جرم نہیں تھا، جیسے اسکول یا کام کی جگہ پر
q-crime-type-other = کچھ اور
q-crime-type-prefer-not = مجھے یہ نہیں بتانا
q-crime-type-error = جرم کی قسم منتخب کریں، یا "مجھے یہ نہیں بتانا"
q-markers = کیا ان میں سے کوئی بات درست ہے؟ (اختیاری)
q-markers-hate = یہ میری پہچان کی وجہ سے ہوا، جیسے میری نسل، مذہب، معذوری، جنسی رجحان یا جنس
q-markers-online = یہ آن لائن ہوا
q-markers-domestic = یہ میرے شوہر یا بیوی، پارٹنر، سابق پارٹنر یا خاندان کے کسی فرد نے کیا

step-referral-not-a-crime = ہم جرم کے بعد مدد کرتے ہیں
step-referral-not-a-crime-body =
    ہماری سروس جرم سے ہونے والے نقصان کے لیے ہے۔ اگر اسکول، کام یا گھر میں ہونے والا نقصان جرم نہیں تھا، تو اسکول، آپ کا آجر، یا مقامی ثالثی (میڈی ایشن) سروس مدد کر سکتی ہے۔

    آپ پھر بھی ہمیں اپنی تفصیلات بھیج سکتے ہیں۔ ہم انہیں پڑھیں گے اور آپ کو بتائیں گے کہ کون مدد کر سکتا ہے۔

step-referral-anti-social-behaviour = سماج دشمن رویے کے بارے میں مدد
step-referral-anti-social-behaviour-body =
    سماج دشمن رویہ، جیسے پڑوسیوں کا شور یا تنگ کرنا، عام طور پر جرم نہیں ہوتا۔ اس کے لیے آپ کی مقامی کونسل یا آپ کا ہاؤسنگ ادارہ اکثر مفت ثالثی (میڈی ایشن) سروس دیتا ہے۔

    آپ پھر بھی ہمیں اپنی تفصیلات بھیج سکتے ہیں۔ ہم انہیں پڑھیں گے اور آپ کو بتائیں گے کہ کون مدد کر سکتا ہے۔

step-referral-when = یہ کب ہوا
q-when = یہ کب ہوا؟
q-when-date = مجھے مہینہ اور سال معلوم ہے
q-when-years-ago = مجھے اندازاً معلوم ہے کہ کتنے سال پہلے
q-when-not-sure = مجھے یقین نہیں
q-when-error = منتخب کریں کہ یہ کب ہوا
q-when-month = مہینہ
q-when-month-error = مہینہ منتخب کریں
q-when-year = سال
q-when-year-hint = مثلاً 2024
q-when-year-error = سال لکھیں
q-when-years = کتنے سال پہلے؟
q-when-years-error = لکھیں کہ کتنے سال پہلے
q-how-long = یہ کتنے عرصے تک ہوتا رہا؟ (اختیاری)
q-how-long-hint = کچھ نقصان ایک بار ہوتا ہے۔ کچھ نقصان لمبے عرصے تک ہوتا رہتا ہے۔
q-how-long-once = یہ ایک بار ہوا، یا چند دنوں تک
q-how-long-up-to-3-years = یہ 3 سال تک ہوتا رہا
q-how-long-more-than-3-years = یہ 3 سال سے زیادہ عرصے تک ہوتا رہا
q-how-long-not-sure = مجھے یقین نہیں
q-ongoing = کیا یہ اب بھی ہو رہا ہے، یا آپ کو فکر ہے کہ یہ دوبارہ ہوگا؟ (اختیاری)
q-ongoing-yes = ہاں
q-ongoing-no = نہیں
q-ongoing-not-sure = مجھے یقین نہیں

step-referral-police = پولیس اور عدالتیں
q-reported = کیا پولیس کو اس کی رپورٹ کی گئی تھی؟
q-reported-hint = ہم سے مدد مانگنے کے لیے پولیس کو بتانا ضروری نہیں۔
q-reported-yes = ہاں
q-reported-no = نہیں
q-reported-not-sure = مجھے یقین نہیں
q-reported-error = ہاں، نہیں یا "مجھے یقین نہیں" منتخب کریں
q-crime-reference = پولیس کا کرائم ریفرنس نمبر (اختیاری)
q-crime-reference-hint = صرف اگر یہ ابھی آپ کے پاس موجود ہو۔
q-stage = اب اس معاملے میں کیا ہو رہا ہے؟
q-stage-not-reported = اس کی رپورٹ نہیں کی گئی
q-stage-investigating = پولیس اس کی تفتیش کر رہی ہے
q-stage-awaiting-court = معاملہ عدالت میں جانے کے انتظار میں ہے
q-stage-prison = کسی کو جیل بھیجا گیا
q-stage-community = کسی کو کمیونٹی سزا دی گئی (جیل کے بغیر سزا، جیسے بلا معاوضہ کام)
q-stage-finished = سب کچھ ختم ہو چکا ہے
q-stage-no-further-action = پولیس نے مزید کوئی کارروائی نہیں کی
q-stage-dont-know = مجھے معلوم نہیں
q-stage-error = منتخب کریں کہ اب کیا ہو رہا ہے
q-agencies = کیا پولیس کے علاوہ دوسری سروسز بھی اس میں شامل ہیں؟ (اختیاری)
q-agencies-hint = مثلاً سوشل سروسز، سپورٹ ورکر، ذہنی صحت کی ٹیم یا اسکول۔
q-agencies-yes = ہاں
q-agencies-no = نہیں
q-agencies-not-sure = مجھے یقین نہیں

step-referral-where = کہاں
q-area-happened = یہ کہاں ہوا؟
q-area-happened-error = منتخب کریں کہ یہ کہاں ہوا
q-area-lives = آپ کہاں رہتے ہیں؟
q-area-lives-error = منتخب کریں کہ آپ کہاں رہتے ہیں
q-area-lives-them = اس شخص کی رہائش کہاں ہے؟
q-area-lives-them-error = منتخب کریں کہ وہ کہاں رہتے ہیں
q-area-happened-birmingham = برمنگھم
q-area-happened-coventry = کوونٹری
q-area-happened-dudley = ڈڈلی
q-area-happened-sandwell = سینڈویل
q-area-happened-solihull = سولیہل
q-area-happened-walsall = والسال
q-area-happened-wolverhampton = وولورہیمپٹن
q-area-happened-elsewhere = کہیں اور
q-area-happened-not-sure = مجھے یقین نہیں
q-area-lives-birmingham = برمنگھم
q-area-lives-coventry = کوونٹری
q-area-lives-dudley = ڈڈلی
q-area-lives-sandwell = سینڈویل
q-area-lives-solihull = سولیہل
q-area-lives-walsall = والسال
q-area-lives-wolverhampton = وولورہیمپٹن
q-area-lives-elsewhere = کہیں اور
q-area-lives-not-sure = مجھے یقین نہیں

step-referral-outside-area = ویسٹ مڈلینڈز سے باہر مدد
step-referral-outside-area-body =
    ہم ویسٹ مڈلینڈز میں کام کرتے ہیں۔ پورے انگلینڈ اور ویلز میں بحالی انصاف کی سروسز موجود ہیں۔ ہم آپ کی تفصیلات آپ کے قریب والی سروس کو دے سکتے ہیں۔

    آپ پھر بھی ہمیں اپنی تفصیلات بھیج سکتے ہیں۔ ہم صحیح سروس سے بات کریں گے اور آپ کو بتائیں گے۔

step-referral-other-person = دوسرا شخص
q-other-age = نقصان پہنچانے والے شخص کی عمر کیا ہے؟
q-other-age-hint = اگر نقصان آپ نے پہنچایا تھا، تو ہمیں اس شخص کے بارے میں بتائیں جسے آپ نے نقصان پہنچایا۔
q-other-age-under-18 = 18 سال سے کم
q-other-age-adult = 18 سال یا اس سے زیادہ
q-other-age-dont-know = مجھے معلوم نہیں
q-other-age-error = عمر منتخب کریں، یا "مجھے معلوم نہیں"
q-other-age-them = نقصان پہنچانے والے شخص کی عمر کیا ہے؟
q-other-age-them-hint = اگر نقصان اسی شخص نے پہنچایا تھا جسے آپ ہمارے پاس بھیج رہے ہیں، تو ہمیں اس شخص کے بارے میں بتائیں جسے انہوں نے نقصان پہنچایا۔
q-other-age-them-error = عمر منتخب کریں، یا "مجھے معلوم نہیں"
q-other-known = کیا آپ جانتے ہیں کہ وہ کون ہے؟
q-other-known-yes = ہاں
q-other-known-no = نہیں
q-other-known-not-sure = مجھے یقین نہیں
q-other-known-error = ہاں، نہیں یا "مجھے یقین نہیں" منتخب کریں
q-how-many = کتنے لوگوں نے نقصان پہنچایا؟
q-how-many-one = ایک شخص
q-how-many-two-or-three = 2 یا 3 لوگ
q-how-many-more-than-three = 3 سے زیادہ لوگ
q-how-many-dont-know = مجھے معلوم نہیں
q-how-many-error = منتخب کریں کہ کتنے لوگ تھے
q-how-many-harmed = کتنے لوگوں کو نقصان پہنچا؟ (اختیاری)
q-how-many-harmed-one = ایک شخص
q-how-many-harmed-two-or-three = 2 یا 3 لوگ
q-how-many-harmed-more-than-three = 3 سے زیادہ لوگ
q-how-many-harmed-dont-know = مجھے معلوم نہیں
q-vulnerable = کیا اس میں شامل کسی کو محفوظ طریقے سے حصہ لینے کے لیے خاص خیال کی ضرورت ہے؟ (اختیاری)
q-vulnerable-hint = مثلاً ان کی عمر، کسی معذوری یا ان کی ذہنی صحت کی وجہ سے۔
q-vulnerable-yes = ہاں
q-vulnerable-no = نہیں
q-vulnerable-not-sure = مجھے یقین نہیں

step-referral-young-person = جب نقصان کسی نوجوان نے پہنچایا ہو
step-referral-young-person-body =
    جب نقصان پہنچانے والے کی عمر 18 سال سے کم ہو، تو عام طور پر مقامی یوتھ آفینڈنگ ٹیم (نوجوانوں کے جرائم کی ٹیم) یہ معاملہ سنبھالتی ہے۔ ہم پہلے ان سے بات کریں گے، اور یقینی بنائیں گے کہ آپ کو صحیح مدد ملے۔

    آپ پھر بھی ہمیں اپنی تفصیلات بھیج سکتے ہیں۔

## Referral: in your own words, about you

step-referral-own-words = آپ کے اپنے الفاظ میں (اختیاری)
q-story = کیا ہوا تھا؟
q-story-hint = صرف وہی بتائیں جو آپ بتانا چاہتے ہیں۔ آپ یہ خانہ خالی چھوڑ سکتے ہیں۔
q-hopes = آپ چاہتے ہیں کہ اب کیا ہو؟
q-hopes-hint = مثلاً کوئی سوال پوچھنا، آپ کی بات سنی جائے، یا آپ سے معافی مانگی جائے۔
q-hopes-them = اس شخص کی کیا خواہش ہے کہ اب کیا ہو؟
q-hopes-them-hint = مثلاً کوئی سوال پوچھنا، ان کی بات سنی جائے، یا ان سے معافی مانگی جائے۔

step-referral-about-you = آپ کے بارے میں
step-referral-about-you-them = اس شخص کے بارے میں
q-name = ہم آپ کو کس نام سے بلائیں؟
q-name-hint = یہ آپ کا پہلا نام ہو سکتا ہے، یا کوئی بھی نام جو آپ کو پسند ہو۔
q-name-error = لکھیں کہ ہم آپ کو کس نام سے بلائیں
q-name-them = ہم اس شخص کو کس نام سے بلائیں؟
q-name-them-hint = یہ ان کا پہلا نام ہو سکتا ہے، یا کوئی بھی نام جو انہیں پسند ہو۔
q-name-them-error = لکھیں کہ ہم اس شخص کو کس نام سے بلائیں
q-age-band = آپ کی عمر کتنی ہے؟
q-age-band-under-18 = 18 سال سے کم
q-age-band-18-24 = 18 سے 24 سال
q-age-band-25-34 = 25 سے 34 سال
q-age-band-35-44 = 35 سے 44 سال
q-age-band-45-54 = 45 سے 54 سال
q-age-band-55-64 = 55 سے 64 سال
q-age-band-65-plus = 65 سال یا اس سے زیادہ
q-age-band-prefer-not = مجھے یہ نہیں بتانا
q-age-band-error = اپنی عمر منتخب کریں، یا "مجھے یہ نہیں بتانا"
q-age-band-them = اس شخص کی عمر کتنی ہے؟
q-age-band-them-error = ان کی عمر منتخب کریں، یا "مجھے یہ نہیں بتانا"

step-referral-under-18 = اگر آپ کی عمر 18 سال سے کم ہے
step-referral-under-18-body =
    آپ کسی بھی عمر میں بحالی انصاف میں حصہ لے سکتے ہیں۔ آپ کو والدین کی اجازت کی ضرورت نہیں۔

    اگر آپ چاہیں، تو ہم یقینی بنائیں گے کہ آپ کی مدد کے لیے کوئی بڑا آپ کے ساتھ ہو، جیسے ماں یا باپ، دیکھ بھال کرنے والا، یا یوتھ ورکر۔

step-referral-under-18-them = اگر اس شخص کی عمر 18 سال سے کم ہے
step-referral-under-18-them-body =
    کوئی بھی شخص کسی بھی عمر میں بحالی انصاف میں حصہ لے سکتا ہے۔ انہیں والدین کی اجازت کی ضرورت نہیں۔

    اگر وہ چاہیں، تو ہم یقینی بنائیں گے کہ ان کی مدد کے لیے کوئی بڑا ان کے ساتھ ہو، جیسے ماں یا باپ، دیکھ بھال کرنے والا، یا یوتھ ورکر۔

## Referral: contacting you safely

step-referral-contact = آپ سے رابطہ کیسے کریں
step-referral-contact-them = اس شخص سے رابطہ کیسے کریں
q-contact-ways = ہم آپ سے کیسے رابطہ کر سکتے ہیں؟
q-contact-ways-hint = وہ سب طریقے منتخب کریں جو آپ کے لیے محفوظ ہیں۔
q-contact-ways-phone = فون کال
q-contact-ways-text = ٹیکسٹ میسج
q-contact-ways-email = ای میل
q-contact-ways-letter = خط
q-contact-ways-error = رابطے کا کم از کم ایک طریقہ منتخب کریں
q-contact-ways-them = ہم ان سے کیسے رابطہ کر سکتے ہیں؟
q-contact-ways-them-hint = وہ سب طریقے منتخب کریں جو ان کے لیے محفوظ ہیں۔
q-contact-ways-them-error = ان سے رابطے کا کم از کم ایک طریقہ منتخب کریں
q-phone = فون نمبر
q-phone-error = فون نمبر لکھیں
q-email = ای میل ایڈریس
q-email-error = ای میل ایڈریس لکھیں
q-address = پتہ
q-address-error = اپنا پتہ لکھیں
q-address-them = ان کا پتہ
q-address-them-error = ان کا پتہ لکھیں
q-postcode = پوسٹ کوڈ
q-postcode-error = اپنا پوسٹ کوڈ لکھیں
q-postcode-them = ان کا پوسٹ کوڈ
q-postcode-them-error = ان کا پوسٹ کوڈ لکھیں

step-referral-contact-safety = محفوظ طریقے سے رابطہ
q-voicemail-ok = کیا ہمارے لیے پیغام چھوڑنا یا ٹیکسٹ بھیجنا محفوظ ہے؟
q-voicemail-ok-hint = ہم پیغام میں کبھی نہیں بتائیں گے کہ بات کس بارے میں ہے۔
q-voicemail-ok-yes = ہاں
q-voicemail-ok-no = نہیں
q-voicemail-ok-error = ہاں یا نہیں منتخب کریں
q-email-ok = کیا ہمارے لیے آپ کو ای میل بھیجنا محفوظ ہے؟
q-email-ok-yes = ہاں
q-email-ok-no = نہیں
q-email-ok-error = ہاں یا نہیں منتخب کریں
q-email-ok-them = کیا ہمارے لیے انہیں ای میل بھیجنا محفوظ ہے؟
q-email-ok-them-error = ہاں یا نہیں منتخب کریں
q-safe-times = آپ سے رابطہ کرنا کب محفوظ ہے؟ (اختیاری)
q-safe-times-hint = مثلاً پیر سے جمعہ، دوپہر 2 بجے کے بعد۔
q-safe-times-them = ان سے رابطہ کرنا کب محفوظ ہے؟ (اختیاری)
q-safe-times-them-hint = مثلاً پیر سے جمعہ، دوپہر 2 بجے کے بعد۔
q-caller-notes = کیا کوئی بات ہے جو فون کرنے والے کو کہنی چاہیے یا نہیں کہنی چاہیے؟ (اختیاری)
q-caller-notes-hint = مثلاً "کہیں کہ آپ ڈاکٹر کے کلینک سے ہیں" یا "عائشہ سے بات کروائیں"۔

## Referral: your needs, your safety

step-referral-needs = آپ کو ہم سے کیا چاہیے
step-referral-needs-them = انہیں ہم سے کیا چاہیے
q-language = آپ کون سی زبان استعمال کرنا چاہیں گے؟ (اختیاری)
q-language-them = وہ کون سی زبان استعمال کرنا چاہیں گے؟ (اختیاری)
q-interpreter = کیا آپ کو مترجم چاہیے؟
q-interpreter-yes = ہاں
q-interpreter-no = نہیں
q-interpreter-error = ہاں یا نہیں منتخب کریں
q-interpreter-them = کیا انہیں مترجم چاہیے؟
q-interpreter-them-error = ہاں یا نہیں منتخب کریں
q-bsl = کیا آپ برطانوی اشاروں کی زبان (BSL) استعمال کرتے ہیں؟
q-bsl-yes = ہاں
q-bsl-no = نہیں
q-bsl-error = ہاں یا نہیں منتخب کریں
q-bsl-them = کیا وہ برطانوی اشاروں کی زبان (BSL) استعمال کرتے ہیں؟
q-bsl-them-error = ہاں یا نہیں منتخب کریں
q-access = کیا ان میں سے کوئی چیز آپ کے کام آئے گی؟ (اختیاری)
q-access-them = کیا ان میں سے کوئی چیز اس شخص کے کام آئے گی؟ (اختیاری)
q-access-large-print = بڑے حروف میں لکھا ہوا
q-access-easy-read = آسان زبان (Easy Read)
q-access-hearing = سننے میں مدد
q-access-sight = دیکھنے میں مدد
q-access-mobility = چلنے پھرنے میں مدد
q-access-learning-disability = سیکھنے کی معذوری (لرننگ ڈس ایبلٹی) کے لیے مدد
q-access-mental-health = ذہنی صحت کے لیے مدد
q-support-person = کیا آپ چاہیں گے کہ مدد کے لیے کوئی آپ کے ساتھ ہو؟
q-support-person-hint = مثلاً کوئی دوست، خاندان کا کوئی فرد، یا سپورٹ ورکر۔
q-support-person-yes = ہاں
q-support-person-no = نہیں
q-support-person-error = ہاں یا نہیں منتخب کریں
q-support-person-them = کیا وہ چاہیں گے کہ مدد کے لیے کوئی ان کے ساتھ ہو؟
q-support-person-them-hint = مثلاً کوئی دوست، خاندان کا کوئی فرد، یا سپورٹ ورکر۔
q-support-person-them-error = ہاں یا نہیں منتخب کریں

q-safe-now = کیا آپ اس وقت محفوظ ہیں؟
q-safe-now-yes = ہاں
q-safe-now-no = نہیں
q-safe-now-not-sure = مجھے یقین نہیں
q-safe-now-error = ہاں، نہیں یا "مجھے یقین نہیں" منتخب کریں
q-safe-now-them = کیا وہ شخص اس وقت محفوظ ہے؟
q-safe-now-them-error = ہاں، نہیں یا "مجھے یقین نہیں" منتخب کریں

step-referral-not-safe = ابھی مدد حاصل کریں
step-referral-not-safe-body =
    اگر آپ خطرے میں ہیں تو ابھی 999 پر کال کریں۔

    اگر آپ بول نہیں سکتے تو موبائل سے 999 پر کال کریں۔ جب آپ کو کوئی آواز سنائی دے تو 55 دبائیں۔ اس سے پولیس کو پتہ چلتا ہے کہ یہ واقعی ایمرجنسی ہے۔

    اگر ایمرجنسی نہیں ہے تو پولیس کو 101 پر کال کریں۔

    جب آپ تیار ہوں، تو یہ فارم جاری رکھ سکتے ہیں۔ ہم آپ سے رابطہ کرتے وقت خاص احتیاط کریں گے۔

step-referral-not-safe-them = ابھی مدد حاصل کریں
step-referral-not-safe-them-body =
    اگر وہ شخص خطرے میں ہے تو ابھی 999 پر کال کریں۔

    اگر ایمرجنسی نہیں ہے تو پولیس کو 101 پر کال کریں۔

    جب آپ تیار ہوں، تو یہ فارم جاری رکھ سکتے ہیں۔ ہم ان سے رابطہ کرتے وقت خاص احتیاط کریں گے۔

## Referral: check, consent, send

step-referral-check = اپنے جوابات چیک کریں
step-referral-consent = آپ کی رضامندی
step-referral-consent-body =
    حصہ لینا آپ کی اپنی مرضی ہے۔ آپ کسی بھی وقت رک سکتے ہیں، یہ فارم بھیجنے کے بعد بھی۔

    ہم آپ کے جوابات آپ سے رابطہ کرنے اور آگے کا منصوبہ بنانے کے لیے استعمال کریں گے۔ ہم انہیں محفوظ رکھتے ہیں۔ ہم انہیں صرف تب کسی کو دیتے ہیں جب ایسا کرنا ضروری ہو، مثلاً کسی کو نقصان سے بچانے کے لیے۔
q-consent = آپ کی رضامندی
q-consent-agree = میں راضی ہوں کہ آپ میرے جوابات استعمال کر کے مجھ سے بحالی انصاف کے بارے میں رابطہ کریں
q-consent-error = راضی ہونے کے لیے خانے پر نشان لگائیں، تاکہ ہم آپ سے رابطہ کر سکیں
step-referral-consent-them = یہ درخواست بھیجنا
step-referral-consent-them-body =
    حصہ لینا ہمیشہ اس شخص کی اپنی مرضی ہے۔ وہ کسی بھی وقت رک سکتے ہیں، آپ کے یہ فارم بھیجنے کے بعد بھی۔

    ہم یہ جوابات اس شخص سے، اور ضرورت ہو تو آپ سے، رابطہ کرنے اور آگے کا منصوبہ بنانے کے لیے استعمال کریں گے۔ ہم انہیں محفوظ رکھتے ہیں۔ ہم انہیں صرف تب کسی کو دیتے ہیں جب ایسا کرنا ضروری ہو، مثلاً کسی کو نقصان سے بچانے کے لیے۔
q-consent-them = آپ کی رضامندی
q-consent-them-agree = میں راضی ہوں کہ آپ یہ جوابات استعمال کر کے اس شخص سے، اور ضرورت ہو تو مجھ سے، بحالی انصاف کے بارے میں رابطہ کریں
q-consent-them-error = راضی ہونے کے لیے خانے پر نشان لگائیں، تاکہ ہم اس شخص سے رابطہ کر سکیں

## Call back

step-call-back-your-details = آپ کی تفصیلات
step-call-back-when = کب فون کریں
q-call-days = کون سے دن بہتر ہیں؟ (اختیاری)
q-call-days-monday = پیر
q-call-days-tuesday = منگل
q-call-days-wednesday = بدھ
q-call-days-thursday = جمعرات
q-call-days-friday = جمعہ
q-call-times = دن کا کون سا وقت بہتر ہے؟ (اختیاری)
q-call-times-morning = صبح
q-call-times-lunchtime = دوپہر کے کھانے کا وقت
q-call-times-afternoon = سہ پہر
step-call-back-language = زبان
q-call-reason = آپ کس بارے میں بات کرنا چاہیں گے؟ (اختیاری)
q-call-reason-hint = چند الفاظ کافی ہیں۔ آپ یہ خانہ خالی چھوڑ سکتے ہیں۔
step-call-back-check = اپنے جوابات چیک کریں
step-call-back-consent = آپ کی رضامندی
step-call-back-consent-body =
    ہم آپ کا فون نمبر صرف اس لیے استعمال کریں گے کہ آپ کو بحالی انصاف کے بارے میں واپس فون کریں۔

## Withdrawal

step-withdrawal-details = اپنی درخواست واپس لیں
step-withdrawal-details-body =
    ہمیں اپنا ریفرنس نمبر بتائیں، اور یہ کہ ہم کیسے تصدیق کر سکتے ہیں کہ یہ آپ ہی ہیں۔ ہم یہاں آپ کو آپ کی درخواست کے بارے میں کچھ نہیں دکھائیں گے۔
q-reference = آپ کا ریفرنس نمبر
q-reference-hint = یہ RJ سے شروع ہوتا ہے، جیسے RJ-HK4M-7TWX
q-reference-error = اپنا ریفرنس نمبر لکھیں
q-withdraw-contact = آپ کا فون نمبر یا ای میل ایڈریس
q-withdraw-contact-hint = وہی جو آپ نے ہمیں دیا تھا، تاکہ ہم تصدیق کر سکیں کہ یہ آپ ہی ہیں۔
q-withdraw-contact-error = اپنا فون نمبر یا ای میل ایڈریس لکھیں
q-withdraw-reason = آپ کیوں رکنا چاہتے ہیں؟ (اختیاری)
q-withdraw-reason-hint = آپ کو ہمیں بتانے کی ضرورت نہیں۔
q-withdraw-confirm = تصدیق کریں
q-withdraw-confirm-confirm = مجھے اپنی درخواست واپس لینی ہے
q-withdraw-confirm-error = تصدیق کے لیے خانے پر نشان لگائیں کہ آپ رکنا چاہتے ہیں

## Confirmation

sent-referral-title = ہمیں آپ کی درخواست مل گئی ہے
sent-call-back-title = ہم آپ کو واپس فون کریں گے
sent-withdrawal-title = ہمیں درخواست واپس لینے کا آپ کا پیغام مل گیا ہے
sent-reference = آپ کا ریفرنس نمبر یہ ہے:
sent-keep-reference = یہ نمبر سنبھال کر رکھیں۔ اگر آپ اس بارے میں ہم سے رابطہ کریں تو آپ کو اس کی ضرورت ہوگی۔
sent-next-heading = آگے کیا ہوگا
sent-referral-next = ہماری ٹیم کا کوئی رکن { $date } تک آپ سے رابطہ کرے گا، اسی طریقے سے جو آپ نے ہمیں محفوظ بتایا تھا۔
sent-call-back-next = ہم آپ کو { $date } تک فون کریں گے۔
sent-withdrawal-next = ہم آپ کی درخواست پر کام روک دیں گے۔ اگر آپ سے رابطہ کرنا محفوظ ہو، تو ہم { $date } تک آپ کو اس کی تصدیق کر دیں گے۔
sent-contact-heading = ہم سے رابطہ کریں
sent-withdraw-heading = اگر آپ اپنا ارادہ بدل لیں
sent-withdraw-text = آپ کسی بھی وقت رک سکتے ہیں۔
sent-withdraw-link = اپنی درخواست واپس لیں
sent-support-heading = انتظار کے دوران مدد
sent-support-text = آپ کسی بھی وقت وکٹم سپورٹ (Victim Support) سے مفت مدد لے سکتے ہیں، چاہے آپ بحالی انصاف میں حصہ لیں یا نہ لیں۔ ایمرجنسی میں 999 پر کال کریں۔
sent-print = ریکارڈ کے لیے اپنا ریفرنس نمبر لکھ لیں، یا یہ صفحہ پرنٹ کر لیں۔
sent-equality-heading = سب کے ساتھ انصاف کرنے میں ہماری مدد کریں (اختیاری)
sent-equality-text = آپ کے بارے میں چند سوالوں سے ہمیں یہ دیکھنے میں مدد ملتی ہے کہ ہم سب کے ساتھ انصاف کر رہے ہیں۔ آپ کے جوابات آپ کی درخواست سے الگ رکھے جاتے ہیں۔
sent-equality-link = برابری کے سوالات کے جواب دیں
sent-home-link = ہوم پیج پر جائیں

## Equality monitoring

step-referral-equality = سب کے ساتھ انصاف کرنے میں ہماری مدد کریں
step-referral-equality-body =
    ان سوالوں کا جواب دینا ضروری نہیں۔ آپ کے جوابات آپ کی درخواست سے الگ رکھے جاتے ہیں۔ ہم انہیں صرف یہ گننے کے لیے استعمال کرتے ہیں کہ ہم کتنے لوگوں کی مدد کرتے ہیں۔
q-eq-age = آپ کی عمر کتنی ہے؟
q-eq-age-under-18 = 18 سال سے کم
q-eq-age-18-24 = 18 سے 24 سال
q-eq-age-25-34 = 25 سے 34 سال
q-eq-age-35-44 = 35 سے 44 سال
q-eq-age-45-54 = 45 سے 54 سال
q-eq-age-55-64 = 55 سے 64 سال
q-eq-age-65-plus = 65 سال یا اس سے زیادہ
q-eq-age-prefer-not = مجھے یہ نہیں بتانا
q-eq-sex = آپ کی جنس کیا ہے؟
q-eq-sex-female = عورت
q-eq-sex-male = مرد
q-eq-sex-prefer-not = مجھے یہ نہیں بتانا
q-eq-gender-same = کیا آپ کی صنفی شناخت وہی ہے جو پیدائش کے وقت درج کی گئی آپ کی جنس ہے؟
q-eq-gender-same-yes = ہاں
q-eq-gender-same-no = نہیں
q-eq-gender-same-prefer-not = مجھے یہ نہیں بتانا
q-eq-ethnicity = آپ کا نسلی گروپ کیا ہے؟
q-eq-ethnicity-white-british = سفید فام: انگلش، ویلش، اسکاٹش، شمالی آئرش یا برطانوی
q-eq-ethnicity-white-irish = سفید فام: آئرش
q-eq-ethnicity-white-gypsy-traveller = سفید فام: جپسی یا آئرش ٹریولر
q-eq-ethnicity-white-roma = سفید فام: روما
q-eq-ethnicity-white-other = سفید فام: کوئی اور سفید فام پس منظر
q-eq-ethnicity-mixed-white-black-caribbean = مخلوط: سفید فام اور سیاہ فام کیریبیئن
q-eq-ethnicity-mixed-white-black-african = مخلوط: سفید فام اور سیاہ فام افریقی
q-eq-ethnicity-mixed-white-asian = مخلوط: سفید فام اور ایشیائی
q-eq-ethnicity-mixed-other = مخلوط: کوئی اور مخلوط یا ایک سے زیادہ نسلی پس منظر
q-eq-ethnicity-asian-indian = ایشیائی یا ایشیائی برطانوی: انڈین
q-eq-ethnicity-asian-pakistani = ایشیائی یا ایشیائی برطانوی: پاکستانی
q-eq-ethnicity-asian-bangladeshi = ایشیائی یا ایشیائی برطانوی: بنگلہ دیشی
q-eq-ethnicity-asian-chinese = ایشیائی یا ایشیائی برطانوی: چینی
q-eq-ethnicity-asian-other = ایشیائی یا ایشیائی برطانوی: کوئی اور ایشیائی پس منظر
q-eq-ethnicity-black-african = سیاہ فام، سیاہ فام برطانوی، کیریبیئن یا افریقی: افریقی
q-eq-ethnicity-black-caribbean = سیاہ فام، سیاہ فام برطانوی، کیریبیئن یا افریقی: کیریبیئن
q-eq-ethnicity-black-other = سیاہ فام، سیاہ فام برطانوی، کیریبیئن یا افریقی: کوئی اور پس منظر
q-eq-ethnicity-other-arab = کوئی اور نسلی گروپ: عرب
q-eq-ethnicity-other-any = کوئی اور نسلی گروپ
q-eq-ethnicity-prefer-not = مجھے یہ نہیں بتانا
q-eq-disability = کیا آپ کو کوئی معذوری ہے، یا صحت کا کوئی ایسا مسئلہ جو لمبے عرصے سے ہو؟
q-eq-disability-yes = ہاں
q-eq-disability-no = نہیں
q-eq-disability-prefer-not = مجھے یہ نہیں بتانا

## Too many tries

busy-title = براہ کرم تھوڑا انتظار کریں
busy-text =
    آپ کے کنکشن سے تھوڑے وقت میں بہت سے جواب آئے ہیں۔ براہ کرم { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    } انتظار کریں، پھر دوبارہ کوشش کریں۔
busy-back = اپنے جوابات پر واپس جانے کے لیے براؤزر کا Back بٹن استعمال کریں۔ آپ کے جوابات ابھی بھی وہیں ہیں۔

## Our database is not answering

store-down-title = ہم ابھی آپ کے جوابات محفوظ نہیں کر سکتے
store-down-text = ہماری طرف کوئی مسئلہ ہے۔ پچھلے صفحات پر دیے گئے آپ کے جوابات محفوظ ہیں۔ آپ نے اس صفحے پر جو لکھا تھا وہ ابھی بھی آپ کے براؤزر میں ہے: اس پر واپس جانے کے لیے براؤزر کا Back بٹن استعمال کریں، پھر چند منٹ بعد دوبارہ کوشش کریں۔ اگر ایسا بار بار ہو تو ہمیں { $phone } پر فون کریں۔


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = ہمیں بتائیں کہ سب کیسا رہا
feedback-intro = حصہ لینے کا شکریہ۔ آپ کے جوابات سے ہمیں دوسرے لوگوں کے لیے اپنی سروس بہتر بنانے میں مدد ملتی ہے۔ ہم انہیں صرف گنتے ہیں: کوئی بھی انہیں آپ کے نام کے ساتھ نہیں پڑھتا۔
feedback-prefer-not = آپ کسی بھی سوال کے لیے "مجھے یہ نہیں بتانا" منتخب کر سکتے ہیں۔
q-fb-service = ہم نے آپ کو جو سروس دی، آپ اس سے کتنے مطمئن ہیں؟
q-fb-service-very-satisfied = بہت مطمئن
q-fb-service-satisfied = مطمئن
q-fb-service-neither = نہ مطمئن، نہ غیر مطمئن
q-fb-service-dissatisfied = غیر مطمئن
q-fb-service-very-dissatisfied = بہت غیر مطمئن
q-fb-service-prefer-not = مجھے یہ نہیں بتانا
q-fb-service-error = منتخب کریں کہ آپ کتنے مطمئن ہیں، یا "مجھے یہ نہیں بتانا"
q-fb-outcome = آخر میں جو نتیجہ نکلا، آپ اس سے کتنے مطمئن ہیں؟
q-fb-outcome-very-satisfied = بہت مطمئن
q-fb-outcome-satisfied = مطمئن
q-fb-outcome-neither = نہ مطمئن، نہ غیر مطمئن
q-fb-outcome-dissatisfied = غیر مطمئن
q-fb-outcome-very-dissatisfied = بہت غیر مطمئن
q-fb-outcome-prefer-not = مجھے یہ نہیں بتانا
q-fb-outcome-error = منتخب کریں کہ آپ کتنے مطمئن ہیں، یا "مجھے یہ نہیں بتانا"
q-fb-safety = پہلے کے مقابلے میں، اب آپ خود کو کتنا محفوظ محسوس کرتے ہیں؟
q-fb-safety-better = پہلے سے زیادہ محفوظ
q-fb-safety-same = تقریباً پہلے جیسا
q-fb-safety-worse = پہلے سے کم محفوظ
q-fb-safety-prefer-not = مجھے یہ نہیں بتانا
q-fb-safety-error = کوئی ایک جواب منتخب کریں، یا "مجھے یہ نہیں بتانا"
q-fb-wellbeing = پہلے کے مقابلے میں، اب آپ عام طور پر خود کو کیسا محسوس کرتے ہیں؟
q-fb-wellbeing-better = پہلے سے بہتر
q-fb-wellbeing-same = تقریباً پہلے جیسا
q-fb-wellbeing-worse = پہلے سے بُرا
q-fb-wellbeing-prefer-not = مجھے یہ نہیں بتانا
q-fb-wellbeing-error = کوئی ایک جواب منتخب کریں، یا "مجھے یہ نہیں بتانا"
q-fb-coping = پہلے کے مقابلے میں، جو کچھ ہوا، اب آپ اسے کتنی اچھی طرح سنبھال پا رہے ہیں؟
q-fb-coping-better = پہلے سے بہتر
q-fb-coping-same = تقریباً پہلے جیسا
q-fb-coping-worse = پہلے سے بُرا
q-fb-coping-prefer-not = مجھے یہ نہیں بتانا
q-fb-coping-error = کوئی ایک جواب منتخب کریں، یا "مجھے یہ نہیں بتانا"
q-fb-confidence = پہلے کے مقابلے میں، اب آپ کو پولیس اور عدالتوں پر کتنا بھروسہ ہے؟
q-fb-confidence-better = پہلے سے زیادہ بھروسہ
q-fb-confidence-same = تقریباً پہلے جیسا
q-fb-confidence-worse = پہلے سے کم بھروسہ
q-fb-confidence-prefer-not = مجھے یہ نہیں بتانا
q-fb-confidence-error = کوئی ایک جواب منتخب کریں، یا "مجھے یہ نہیں بتانا"
feedback-gone-title = یہ لنک اب کام نہیں کرتا
feedback-gone-text = رائے دینے کا ہر لنک صرف ایک بار، اور صرف چند ہفتوں تک کام کرتا ہے۔ اگر آپ اب بھی ہمیں بتانا چاہتے ہیں کہ سب کیسا رہا، تو ہمیں { $phone } پر فون کریں۔
feedback-thanks-title = شکریہ
feedback-thanks-text = ہمیں آپ کے جوابات مل گئے ہیں۔ ان سے ہمیں اگلے شخص کے لیے اپنی سروس بہتر بنانے میں مدد ملتی ہے۔
