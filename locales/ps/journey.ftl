## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = اوس پیل کړئ
button-continue = دوام ورکړئ
button-send = ولېږئ
button-carry-on = مخته ولاړ شئ
button-skip = له دې پوښتنو تېر شئ
link-back = شاته
select-choose = یوه میاشت وټاکئ
spam-trap-label = دا خانه خالي پرېږدئ
offer-call-back = تاسو کولای شئ د دې پر ځای له موږ وغواړئ چې تاسو ته زنګ ووهو
check-change = بدل یې کړئ
check-not-answered = ځواب نه دی ورکړل شوی
consent-privacy-link = ولولئ چې موږ ستاسو معلومات څنګه کاروو (د محرمیت خبرتیا)
textarea-count =
    تاسو له { $max ->
        [one] { $max } توري
       *[other] { $max } تورو
    } څخه { $used } کارولي دي.

## Errors

error-summary-title = یوه ستونزه شته
error-prefix = تېروتنه:
error-title-prefix = تېروتنه:
error-choose-from-list = په لېست کې له ځوابونو څخه یو وټاکئ
error-too-long =
    { $count ->
        [one] { $count } توری
       *[other] { $count } توري
    } یا له دې لږ ولیکئ
error-phone = د ټیلیفون شمېره داسې ولیکئ: 07700 900 982 یا +48 601 234 567
error-email = ایمیل پته داسې ولیکئ: name@example.com
error-postcode = پوسټ کوډ داسې ولیکئ: B1 1BB
error-year = میلادي کال په ۴ عددونو ولیکئ، لکه 2024
error-years = د کلونو شمېر ولیکئ، لکه 3
error-crime-reference = د پولیسو د قضیې شمېره یوازې توري، عددونه، / او - لري
error-reference = خپله د تعقیب شمېره ولیکئ، لکه RJ-HK4M-7TWX
error-date-future = نېټه باید په تېر وخت کې وي
error-too-fast = مهرباني وکړئ خپل ځوابونه وګورئ، بیا یې بیا ولېږئ

## Start pages

start-referral-title = د ترمیمي عدالت غوښتنه وکړئ
start-referral-body =
    موږ به ستاسو او د پېښې په اړه څو پوښتنې وکړو. شاوخوا ۱۵ دقیقې وخت نیسي.

    دا خدمت وړیا دی. ستاسو معلومات پټ ساتل کېږي. تر څو چې تاسو یې ونه غواړئ، هېڅ نه کېږي، او هر وخت کولای شئ چې پرې یې ږدئ.

    هره هغه پوښتنه چې نه غواړئ اوس یې ځواب ورکړئ، کولای شئ پرې یې ږدئ. وروسته به زموږ د ټیم یو غړی په هغه لاره له تاسو سره اړیکه ونیسي چې تاسو یې غوره کوئ.
start-call-back-title = له موږ وغواړئ چې تاسو ته زنګ ووهو
start-call-back-body =
    موږ ته د ټیلیفون شمېره او د زنګ لپاره یو مناسب وخت راکړئ. شاوخوا ۳ دقیقې وخت نیسي.

    موږ به زنګ ووهو ترڅو ستاسو پوښتنو ته ځواب ورکړو. اړتیا نشته چې په ټیلیفون کې د کوم شي پرېکړه وکړئ.
start-withdrawal-title = خپله معرفي لغوه کړئ
start-withdrawal-body =
    هر وخت او په هر دلیل کولای شئ چې پرې یې ږدئ. اړتیا نشته چې موږ ته دلیل ووایئ.

    تاسو هغې د تعقیب شمېرې ته اړتیا لرئ چې موږ درکړې وه.
start-kept-for =
    تر څو چې دا فورمه ډکوئ، موږ ستاسو ځوابونه تر { $hours ->
        [one] { $hours } ساعت
       *[other] { $hours } ساعتونو
    } پورې په خپل سرور کې ساتو. کله چې یې ولېږئ یا د «{ quick-exit }» تڼۍ کېکاږئ، پاکېږي.

## Referral: who it is for

q-for-whom = دا د چا لپاره دی؟
q-for-whom-me = زما لپاره
q-for-whom-someone-else = د بل چا لپاره، چې په دې موافقه لري
q-for-whom-error = وټاکئ چې دا د چا لپاره دی

step-referral-on-behalf = ستاسو په اړه
q-relationship = هغه کس څنګه پېژنئ؟
q-relationship-family = زه یې له کورنۍ څخه یم
q-relationship-friend = زموږ ترمنځ ملګرتیا ده
q-relationship-supporter = ملاتړ یې کوم (د بېلګې په توګه، پاملرنه یې کوم یا یې د حقونو دفاع کوم)
q-relationship-professional = په دنده کې ورسره کار کوم
q-relationship-error = وټاکئ چې هغه کس څنګه پېژنئ
q-organisation-type = چېرته کار کوئ؟
q-organisation-type-police = پولیس
q-organisation-type-probation = د څارنې اداره (Probation)
q-organisation-type-victim-care = د قربانیانو پاملرنه یا ملاتړ
q-organisation-type-yot = د ځوانانو ټیم (Youth offending team)
q-organisation-type-prison = زندان
q-organisation-type-csp = د ټولنې د خوندیتوب ملګرتیا (Community safety partnership)
q-organisation-type-health = روغتیايي خدمت، لکه عمومي ډاکټر یا روغتون
q-organisation-type-school = ښوونځی یا کالج
q-organisation-type-other = بل ځای
q-organisation-type-error = وټاکئ چې چېرته کار کوئ
q-organisation-name = ستاسو د ادارې نوم (اختیاري)

step-referral-your-details = ستاسو معلومات
q-referrer-name = ستاسو نوم
q-referrer-name-error = خپل نوم ولیکئ
q-referrer-phone = ستاسو د ټیلیفون شمېره
q-referrer-phone-error = خپله د ټیلیفون شمېره ولیکئ
q-referrer-email = ستاسو ایمیل پته (اختیاري)

q-agreed = ایا هغه کس له دې معرفي سره موافقه کړې ده؟
q-agreed-hint = موږ یوازې له هغه چا سره مرسته کولای شو چې پخپله زموږ مرسته غواړي. که تاسو د پولیسو افسر یاست او لا مو ترې نه دي پوښتلي، موږ کولای شو ستاسو په استازیتوب ترې وپوښتو.
q-agreed-yes = هو، موافقه یې کړې ده
q-agreed-not-asked = لا مې ترې نه دي پوښتلي
q-agreed-no = نه، موافقه یې نه ده کړې
q-agreed-error = وټاکئ چې ایا هغه کس موافقه لري که نه

step-referral-need-agreement = لومړی باید هغه کس موافقه وکړي
step-referral-need-agreement-body =
    ترمیمي عدالت یوازې هغه وخت ګټور وي چې خلک یې پخپله غوره کړي. له همدې امله، موږ یوازې هغه وخت معرفي منلای شو چې هغه کس ترې خبر وي او موافقه یې کړې وي.

    تاسو کولای شئ د دې وېبپاڼې په اړه ورته ووایئ، یا زموږ د ټیلیفون شمېره ورکړئ. هغه کس کولای شي پخپله له موږ سره اړیکه ونیسي، یا تاسو ته اجازه درکړي چې دا فورمه ولېږئ.

    که د هغه کس د خوندیتوب اندېښنه لرئ، په بیړني حالت کې 999 ته زنګ ووهئ، او که بیړنی نه وي، 101 ته.

step-referral-we-will-ask = موږ به ستاسو په استازیتوب ترې وپوښتو
step-referral-we-will-ask-body =
    مننه. لا تر اوسه ترې پوښتنه نه ده شوې، نو موږ به لومړی ورسره اړیکه ونیسو او ترې به وپوښتو چې ایا زموږ مرسته غواړي. تر هغو چې «هو» ونه وایي، بل هېڅ نه کېږي.

    مخته ولاړ شئ او موږ ته هغه څه ووایئ چې پرې پوهېږئ. هر هغه څه چې پرې ډاډه نه یاست، کولای شئ پرې یې ږدئ.

## Referral: what happened

q-connection = له پېښې سره ستاسو اړیکه څه ده؟
q-connection-harmed = ما ته زیان رسېدلی
q-connection-family-harmed = زما د کورنۍ یو غړي ته زیان رسېدلی
q-connection-bereaved = د کورنۍ یو غړی مې د یو جرم له امله له لاسه ورکړی
q-connection-caused-harm = ما زیان رسولی
q-connection-other-affected = پېښې په بله توګه پر ما اغېز کړی
q-connection-error = وټاکئ چې له پېښې سره مو څه اړیکه ده
q-connection-them = له پېښې سره د هغه کس اړیکه څه ده؟
q-connection-them-harmed = هغه کس ته زیان رسېدلی
q-connection-them-family-harmed = د هغه کس د کورنۍ یو غړي ته زیان رسېدلی
q-connection-them-bereaved = د کورنۍ یو غړی یې د یو جرم له امله له لاسه ورکړی
q-connection-them-caused-harm = هغه کس زیان رسولی
q-connection-them-other-affected = پېښې په بله توګه پر هغه کس اغېز کړی
q-connection-them-error = وټاکئ چې له پېښې سره د هغه کس څه اړیکه ده

step-referral-what-happened = څه پېښ شول
q-crime-type = دا کوم ډول جرم و؟
q-crime-type-hint = تر ټولو نږدې ځواب وټاکئ. اړتیا نشته چې جزئیات ووایئ.
q-crime-type-violence = تاوتریخوالی یا وهل ټکول
q-crime-type-sexual = جنسي جرم
q-crime-type-domestic-abuse = کورنی تاوتریخوالی
q-crime-type-hate-crime = د کرکې له امله جرم
q-crime-type-burglary = کور یا ودانۍ ته ننوتل او غلا
q-crime-type-robbery = په زور یا ګواښ غلا
q-crime-type-theft = غلا
q-crime-type-criminal-damage = شتمنۍ ته زیان رسول
q-crime-type-fraud-online = درغلي یا آنلاین جرم
q-crime-type-harassment = ځورونه یا پسې ګرځېدل
q-crime-type-driving = د موټر چلولو جرم
q-crime-type-asb = ټولنې ضد چلند، لکه شور یا ازار
q-crime-type-not-crime = هغه زیان چې جرم نه و، لکه په ښوونځي یا د کار په ځای کې
q-crime-type-other = بل څه
q-crime-type-prefer-not = نه غواړم ووایم
q-crime-type-error = د جرم ډول، یا «نه غواړم ووایم» وټاکئ
q-markers = ایا له دې څخه کوم یو سم دی؟ (اختیاري)
q-markers-hate = دا زما د هویت له امله و، لکه زما نژاد، دین، معلولیت، جنسي تمایل یا جنسیت
q-markers-online = آنلاین پېښ شو
q-markers-domestic = دا کار د مېړه یا مېرمنې، پخواني مېړه یا مېرمنې، یا د کورنۍ د یو غړي له خوا شوی و

step-referral-not-a-crime = موږ له جرم وروسته مرسته کوو
step-referral-not-a-crime-body =
    زموږ خدمت د هغه زیان لپاره دی چې د جرم له امله رسېدلی وي. د هغه زیان لپاره چې په ښوونځي، د کار په ځای یا کور کې رسېدلی او جرم نه و، کېدای شي ښوونځی، کارګمارونکی یا د سیمې د منځګړیتوب خدمت مرسته وکړي.

    بیا هم کولای شئ خپل معلومات موږ ته راولېږئ. موږ به یې ولولو او تاسو ته به ووایو چې څوک مرسته کولای شي.

step-referral-anti-social-behaviour = د ټولنې ضد چلند په اړه مرسته
step-referral-anti-social-behaviour-body =
    ټولنې ضد چلند، لکه د ګاونډیانو شور یا ازار، معمولاً جرم نه وي. ستاسو د سیمې ښاروالۍ یا ستاسو د کور مالک ډېری وخت د دې لپاره وړیا د منځګړیتوب خدمت لري.

    بیا هم کولای شئ خپل معلومات موږ ته راولېږئ. موږ به یې ولولو او تاسو ته به ووایو چې څوک مرسته کولای شي.

step-referral-when = کله پېښ شو
q-when = دا کله پېښ شو؟
q-when-date = میاشت او کال یې راته معلوم دي
q-when-years-ago = تقریباً پوهېږم چې څو کاله مخکې و
q-when-not-sure = ډاډه نه یم
q-when-error = وټاکئ چې کله پېښ شو
q-when-month = میاشت
q-when-month-error = میاشت وټاکئ
q-when-year = کال
q-when-year-hint = میلادي کال، د بېلګې په توګه 2024
q-when-year-error = کال ولیکئ
q-when-years = څو کاله مخکې؟
q-when-years-error = ولیکئ چې څو کاله مخکې و
q-how-long = څومره موده یې دوام وکړ؟ (اختیاري)
q-how-long-hint = ځینې زیانونه یو ځل پېښېږي. ځینې یې د اوږدې مودې لپاره دوام کوي.
q-how-long-once = یو ځل پېښ شو، یا څو ورځې یې دوام وکړ
q-how-long-up-to-3-years = تر ۳ کلونو پورې یې دوام وکړ
q-how-long-more-than-3-years = له ۳ کلونو زیات یې دوام وکړ
q-how-long-not-sure = ډاډه نه یم
q-ongoing = ایا لا هم روان دی، یا اندېښنه لرئ چې بیا به پېښ شي؟ (اختیاري)
q-ongoing-yes = هو
q-ongoing-no = نه
q-ongoing-not-sure = ډاډه نه یم

step-referral-police = پولیس او محکمې
q-reported = ایا پولیسو ته راپور ورکړل شو؟
q-reported-hint = زموږ د مرستې غوښتلو لپاره، اړتیا نشته چې پولیسو ته مو ویلي وي.
q-reported-yes = هو
q-reported-no = نه
q-reported-not-sure = ډاډه نه یم
q-reported-error = «هو»، «نه» یا «ډاډه نه یم» وټاکئ
q-crime-reference = د پولیسو د قضیې شمېره (اختیاري)
q-crime-reference-hint = یوازې که اوس درسره وي.
q-stage = اوس په کوم حال کې ده؟
q-stage-not-reported = راپور نه و ورکړل شوی
q-stage-investigating = پولیس یې څېړنه کوي
q-stage-awaiting-court = د محکمې په انتظار کې ده
q-stage-prison = یو څوک زندان ته واستول شو
q-stage-community = یو چا ته له زندان بهر سزا ورکړل شوه (community sentence)
q-stage-finished = هر څه پای ته رسېدلي
q-stage-no-further-action = پولیسو نور کوم اقدام ونه کړ
q-stage-dont-know = نه پوهېږم
q-stage-error = وټاکئ چې اوس په کوم حال کې ده
q-agencies = ایا له پولیسو پرته نور خدمتونه هم په دې کار کې ښکېل دي؟ (اختیاري)
q-agencies-hint = د بېلګې په توګه، ټولنیز خدمتونه، د ملاتړ کارکوونکی، د رواني روغتیا ټیم یا ښوونځی.
q-agencies-yes = هو
q-agencies-no = نه
q-agencies-not-sure = ډاډه نه یم

step-referral-where = چېرته
q-area-happened = چېرته پېښ شو؟
q-area-happened-error = وټاکئ چې چېرته پېښ شو
q-area-lives = چېرته اوسېږئ؟
q-area-lives-error = وټاکئ چې چېرته اوسېږئ
q-area-lives-them = هغه کس چېرته اوسېږي؟
q-area-lives-them-error = وټاکئ چې هغه کس چېرته اوسېږي
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
q-area-happened-elsewhere = بل ځای
q-area-happened-not-sure = ډاډه نه یم
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
q-area-lives-elsewhere = بل ځای
q-area-lives-not-sure = ډاډه نه یم

step-referral-outside-area = له West Midlands څخه بهر مرسته
step-referral-outside-area-body =
    موږ په West Midlands کې کار کوو. په ټول England او Wales کې د ترمیمي عدالت خدمات شته، او موږ کولای شو ستاسو معلومات هغه خدمت ته ولېږو چې تاسو ته نږدې وي.

    بیا هم کولای شئ خپل معلومات موږ ته راولېږئ. موږ به له سم خدمت سره خبرې وکړو او تاسو ته به خبر درکړو.

step-referral-other-person = بل لوری
q-other-age = هغه کس چې زیان یې رسولی، عمر یې څو کاله دی؟
q-other-age-hint = که تاسو زیان رسولی وي، د هغه کس په اړه ووایئ چې تاسو زیان ور رسولی.
q-other-age-under-18 = له ۱۸ کلونو کم
q-other-age-adult = ۱۸ کاله یا زیات
q-other-age-dont-know = نه پوهېږم
q-other-age-error = یو عمر، یا «نه پوهېږم» وټاکئ
q-other-age-them = هغه کس چې زیان یې رسولی، عمر یې څو کاله دی؟
q-other-age-them-hint = که هغه کس چې تاسو یې معرفي کوئ زیان رسولی وي، موږ ته د هغه چا په اړه ووایئ چې زیان ور رسېدلی.
q-other-age-them-error = یو عمر، یا «نه پوهېږم» وټاکئ
q-other-known = ایا هغه کس پېژنئ؟
q-other-known-yes = هو
q-other-known-no = نه
q-other-known-not-sure = ډاډه نه یم
q-other-known-error = «هو»، «نه» یا «ډاډه نه یم» وټاکئ
q-how-many = څو کسانو زیان رسولی؟
q-how-many-one = یو کس
q-how-many-two-or-three = ۲ یا ۳ کسان
q-how-many-more-than-three = له ۳ کسانو زیات
q-how-many-dont-know = نه پوهېږم
q-how-many-error = وټاکئ چې څو کسان وو
q-how-many-harmed = څو کسانو ته زیان رسېدلی؟ (اختیاري)
q-how-many-harmed-one = یو کس
q-how-many-harmed-two-or-three = ۲ یا ۳ کسان
q-how-many-harmed-more-than-three = له ۳ کسانو زیات
q-how-many-harmed-dont-know = نه پوهېږم
q-vulnerable = ایا په دې پېښه کې له ښکېلو کسانو څخه کوم یو اضافي پاملرنې ته اړتیا لري، ترڅو په خوندي ډول ګډون وکړي؟ (اختیاري)
q-vulnerable-hint = د بېلګې په توګه، د خپل عمر، معلولیت یا رواني روغتیا له امله.
q-vulnerable-yes = هو
q-vulnerable-no = نه
q-vulnerable-not-sure = ډاډه نه یم

step-referral-young-person = کله چې یو ځوان زیان رسولی وي
step-referral-young-person-body =
    کله چې هغه کس چې زیان یې رسولی له ۱۸ کلونو کم عمر ولري، معمولاً د سیمې Youth Offending Team مشري کوي. دا د ښاروالۍ هغه ټیم دی چې له هغو ځوانانو سره کار کوي چې قانون یې مات کړی. موږ به لومړی له هغوی سره خبرې وکړو، او ډاډ به ترلاسه کړو چې تاسو سمه مرسته ترلاسه کړئ.

    بیا هم کولای شئ خپل معلومات موږ ته راولېږئ.

## Referral: in your own words, about you

step-referral-own-words = په خپلو خبرو (اختیاري)
q-story = څه پېښ شول؟
q-story-hint = یوازې هغه څه ووایئ چې پخپله یې غواړئ. کولای شئ دا خالي پرېږدئ.
q-hopes = غواړئ چې څه وشي؟
q-hopes-hint = د بېلګې په توګه، یوه پوښتنه وکړئ، ستاسو خبره واورېدل شي، یا له تاسو بخښنه وغوښتل شي.
q-hopes-them = هغه کس غواړي چې څه وشي؟
q-hopes-them-hint = د بېلګې په توګه، یوه پوښتنه وکړي، خبره یې واورېدل شي، یا ترې بخښنه وغوښتل شي.

step-referral-about-you = ستاسو په اړه
step-referral-about-you-them = د هغه کس په اړه
q-name = تاسو ته په کوم نوم غږ وکړو؟
q-name-hint = کېدای شي ستاسو لومړی نوم وي، یا هغه نوم چې تاسو یې خوښوئ.
q-name-error = ولیکئ چې تاسو ته په کوم نوم غږ وکړو
q-name-them = هغه کس ته په کوم نوم غږ وکړو؟
q-name-them-hint = کېدای شي د هغه کس لومړی نوم وي، یا هغه نوم چې پخپله یې خوښوي.
q-name-them-error = ولیکئ چې هغه کس ته په کوم نوم غږ وکړو
q-age-band = عمر مو څو کاله دی؟
q-age-band-under-18 = له ۱۸ کلونو کم
q-age-band-18-24 = له ۱۸ تر ۲۴ کلونو
q-age-band-25-34 = له ۲۵ تر ۳۴ کلونو
q-age-band-35-44 = له ۳۵ تر ۴۴ کلونو
q-age-band-45-54 = له ۴۵ تر ۵۴ کلونو
q-age-band-55-64 = له ۵۵ تر ۶۴ کلونو
q-age-band-65-plus = ۶۵ کاله یا زیات
q-age-band-prefer-not = نه غواړم ووایم
q-age-band-error = خپل عمر، یا «نه غواړم ووایم» وټاکئ
q-age-band-them = د هغه کس عمر څو کاله دی؟
q-age-band-them-error = د هغه کس عمر، یا «نه غواړم ووایم» وټاکئ

step-referral-under-18 = که عمر مو له ۱۸ کلونو کم وي
step-referral-under-18-body =
    تاسو په هر عمر کې په ترمیمي عدالت کې ګډون کولای شئ. اړتیا نشته چې مور یا پلار مو اجازه درکړي.

    که وغواړئ، موږ به ډاډ ترلاسه کړو چې یو لوی کس د ملاتړ لپاره درسره وي، لکه مور یا پلار، ستاسو پالونکی، یا د ځوانانو کارکوونکی.

step-referral-under-18-them = که د هغه کس عمر له ۱۸ کلونو کم وي
step-referral-under-18-them-body =
    هر څوک په هر عمر کې په ترمیمي عدالت کې ګډون کولای شي. اړتیا نشته چې مور یا پلار یې اجازه ورکړي.

    که وغواړي، موږ به ډاډ ترلاسه کړو چې یو لوی کس د ملاتړ لپاره ورسره وي، لکه مور یا پلار، پالونکی، یا د ځوانانو کارکوونکی.

## Referral: contacting you safely

step-referral-contact = له تاسو سره څنګه اړیکه ونیسو
step-referral-contact-them = له هغه کس سره څنګه اړیکه ونیسو
q-contact-ways = له تاسو سره په کومو لارو اړیکه نیولای شو؟
q-contact-ways-hint = ټولې هغه لارې وټاکئ چې ستاسو لپاره خوندي دي.
q-contact-ways-phone = ټیلیفوني زنګ
q-contact-ways-text = لنډ پیغام (SMS)
q-contact-ways-email = ایمیل
q-contact-ways-letter = لیک
q-contact-ways-error = لږ تر لږه د اړیکې یوه لاره وټاکئ
q-contact-ways-them = له هغه کس سره په کومو لارو اړیکه نیولای شو؟
q-contact-ways-them-hint = ټولې هغه لارې وټاکئ چې د هغه کس لپاره خوندي دي.
q-contact-ways-them-error = لږ تر لږه له هغه کس سره د اړیکې یوه لاره وټاکئ
q-phone = د ټیلیفون شمېره
q-phone-error = د ټیلیفون شمېره ولیکئ
q-email = ایمیل پته
q-email-error = ایمیل پته ولیکئ
q-address = پته
q-address-error = خپله پته ولیکئ
q-address-them = د هغه کس پته
q-address-them-error = د هغه کس پته ولیکئ
q-postcode = پوسټ کوډ
q-postcode-error = خپل پوسټ کوډ ولیکئ
q-postcode-them = د هغه کس پوسټ کوډ
q-postcode-them-error = د هغه کس پوسټ کوډ ولیکئ

step-referral-contact-safety = خوندي اړیکه
q-voicemail-ok = ایا دا کار خوندي دی چې غږیز پیغام پرېږدو یا لنډ پیغام ولېږو؟
q-voicemail-ok-hint = موږ به هېڅکله په پیغام کې ونه وایو چې د څه په اړه دی.
q-voicemail-ok-yes = هو
q-voicemail-ok-no = نه
q-voicemail-ok-error = «هو» یا «نه» وټاکئ
q-email-ok = ایا دا کار خوندي دی چې تاسو ته ایمیل ولېږو؟
q-email-ok-yes = هو
q-email-ok-no = نه
q-email-ok-error = «هو» یا «نه» وټاکئ
q-email-ok-them = ایا دا کار خوندي دی چې هغه کس ته ایمیل ولېږو؟
q-email-ok-them-error = «هو» یا «نه» وټاکئ
q-safe-times = کوم وخت له تاسو سره اړیکه خوندي ده؟ (اختیاري)
q-safe-times-hint = د بېلګې په توګه، د اونۍ کاري ورځې، د ماسپښین له ۲ بجو وروسته.
q-safe-times-them = کوم وخت له هغه کس سره اړیکه خوندي ده؟ (اختیاري)
q-safe-times-them-hint = د بېلګې په توګه، د اونۍ کاري ورځې، د ماسپښین له ۲ بجو وروسته.
q-caller-notes = ایا څه شته چې زنګ وهونکی یې باید ووایي یا یې ونه وایي؟ (اختیاري)
q-caller-notes-hint = د بېلګې په توګه، «ووایئ چې د ډاکټر له دفتر څخه زنګ وهئ» یا «د سام پوښتنه وکړئ».

## Referral: your needs, your safety

step-referral-needs = تاسو له موږ څه ته اړتیا لرئ
step-referral-needs-them = هغه کس له موږ څه ته اړتیا لري
q-language = په کومه ژبه غواړئ خبرې وکړو؟ (اختیاري)
q-language-them = هغه کس په کومه ژبه غواړي خبرې وکړو؟ (اختیاري)
q-interpreter = ایا ژباړونکی غواړئ؟
q-interpreter-yes = هو
q-interpreter-no = نه
q-interpreter-error = «هو» یا «نه» وټاکئ
q-interpreter-them = ایا هغه کس ژباړونکی غواړي؟
q-interpreter-them-error = «هو» یا «نه» وټاکئ
q-bsl = ایا د بریتانیا د اشارو ژبه (British Sign Language یا BSL) کاروئ؟
q-bsl-yes = هو
q-bsl-no = نه
q-bsl-error = «هو» یا «نه» وټاکئ
q-bsl-them = ایا هغه کس د بریتانیا د اشارو ژبه (British Sign Language یا BSL) کاروي؟
q-bsl-them-error = «هو» یا «نه» وټاکئ
q-access = ایا له دې څخه کوم یو له تاسو سره مرسته کوي؟ (اختیاري)
q-access-them = ایا له دې څخه کوم یو له هغه کس سره مرسته کوي؟ (اختیاري)
q-access-large-print = په لویو تورو چاپ
q-access-easy-read = اسانه متن (Easy Read)
q-access-hearing = د اورېدو لپاره مرسته
q-access-sight = د لیدو لپاره مرسته
q-access-mobility = د تګ راتګ لپاره مرسته
q-access-learning-disability = د زده کړې د ستونزې لپاره ملاتړ
q-access-mental-health = د رواني روغتیا لپاره ملاتړ
q-support-person = ایا غواړئ چې یو څوک د ملاتړ لپاره درسره وي؟
q-support-person-hint = د بېلګې په توګه، یو ملګری، د کورنۍ غړی یا د ملاتړ کارکوونکی.
q-support-person-yes = هو
q-support-person-no = نه
q-support-person-error = «هو» یا «نه» وټاکئ
q-support-person-them = ایا هغه کس غواړي چې یو څوک د ملاتړ لپاره ورسره وي؟
q-support-person-them-hint = د بېلګې په توګه، یو ملګری، د کورنۍ غړی یا د ملاتړ کارکوونکی.
q-support-person-them-error = «هو» یا «نه» وټاکئ

q-safe-now = ایا همدا اوس په امن کې یاست؟
q-safe-now-yes = هو
q-safe-now-no = نه
q-safe-now-not-sure = ډاډه نه یم
q-safe-now-error = «هو»، «نه» یا «ډاډه نه یم» وټاکئ
q-safe-now-them = ایا هغه کس همدا اوس په امن کې دی؟
q-safe-now-them-error = «هو»، «نه» یا «ډاډه نه یم» وټاکئ

step-referral-not-safe = همدا اوس مرسته ترلاسه کړئ
step-referral-not-safe-body =
    که په خطر کې یاست، همدا اوس 999 ته زنګ ووهئ.

    که خبرې نشئ کولای، له موبایل څخه 999 ته زنګ ووهئ. کله چې یو غږ واورئ، 55 کېکاږئ. په دې سره پولیس پوهېږي چې دا رښتیا بیړنی حالت دی.

    که بیړنی حالت نه وي، پولیسو ته په 101 زنګ ووهئ.

    کله چې چمتو یاست، کولای شئ د دې فورمې ډکولو ته دوام ورکړئ. کله چې له تاسو سره اړیکه ونیسو، ډېره پاملرنه به وکړو.

step-referral-not-safe-them = همدا اوس مرسته ترلاسه کړئ
step-referral-not-safe-them-body =
    که هغه کس په خطر کې وي، همدا اوس 999 ته زنګ ووهئ.

    که بیړنی حالت نه وي، پولیسو ته په 101 زنګ ووهئ.

    کله چې چمتو یاست، کولای شئ د دې فورمې ډکولو ته دوام ورکړئ. کله چې له هغه کس سره اړیکه ونیسو، ډېره پاملرنه به وکړو.

## Referral: check, consent, send

step-referral-check = خپل ځوابونه وګورئ
step-referral-consent = ستاسو موافقه
step-referral-consent-body =
    ګډون ستاسو په خپله خوښه دی. هر وخت کولای شئ چې پرې یې ږدئ، حتی د دې فورمې له لېږلو وروسته.

    موږ ستاسو ځوابونه له تاسو سره د اړیکې نیولو او د راتلونکو ګامونو د پلان لپاره کاروو. خوندي یې ساتو، او یوازې هغه وخت یې شریکوو چې مجبور یو، د بېلګې په توګه د دې لپاره چې یو څوک له زیان څخه خوندي وساتل شي.
q-consent = ستاسو موافقه
q-consent-agree = زه اجازه درکوم چې زما ځوابونه د ترمیمي عدالت په اړه له ما سره د اړیکې لپاره وکاروئ
q-consent-error = د موافقې لپاره خانه په نښه کړئ، ترڅو له تاسو سره اړیکه ونیولای شو
step-referral-consent-them = د دې معرفي لېږل
step-referral-consent-them-body =
    ګډون تل د هغه کس په خپله خوښه دی. هغه هر وخت کولای شي چې پرې یې ږدي، حتی وروسته له دې چې تاسو دا فورمه ولېږئ.

    موږ دا ځوابونه له هغه کس سره، او که اړتیا وه له تاسو سره، د اړیکې نیولو او د راتلونکو ګامونو د پلان لپاره کاروو. خوندي یې ساتو، او یوازې هغه وخت یې شریکوو چې مجبور یو، د بېلګې په توګه د دې لپاره چې یو څوک له زیان څخه خوندي وساتل شي.
q-consent-them = ستاسو موافقه
q-consent-them-agree = زه اجازه درکوم چې دا ځوابونه د ترمیمي عدالت په اړه له هغه کس سره، او که اړتیا وي له ما سره، د اړیکې لپاره وکاروئ
q-consent-them-error = د موافقې لپاره خانه په نښه کړئ، ترڅو له هغه کس سره اړیکه ونیولای شو

## Call back

step-call-back-your-details = ستاسو معلومات
step-call-back-when = کله زنګ ووهو
q-call-days = کومې ورځې ښې دي؟ (اختیاري)
q-call-days-monday = دوشنبه
q-call-days-tuesday = سه‌شنبه
q-call-days-wednesday = چهارشنبه
q-call-days-thursday = پنجشنبه
q-call-days-friday = جمعه
q-call-times = د ورځې کوم وخت ښه دی؟ (اختیاري)
q-call-times-morning = سهار
q-call-times-lunchtime = غرمه
q-call-times-afternoon = ماسپښین
step-call-back-language = ژبه
q-call-reason = د څه په اړه غواړئ خبرې وکړئ؟ (اختیاري)
q-call-reason-hint = څو کلمې بس دي. کولای شئ دا خالي پرېږدئ.
step-call-back-check = خپل ځوابونه وګورئ
step-call-back-consent = ستاسو موافقه
step-call-back-consent-body =
    موږ ستاسو د ټیلیفون شمېره یوازې د دې لپاره کاروو چې د ترمیمي عدالت په اړه تاسو ته بېرته زنګ ووهو.

## Withdrawal

step-withdrawal-details = خپله معرفي لغوه کړئ
step-withdrawal-details-body =
    خپله د تعقیب شمېره ولیکئ، او ووایئ چې موږ څنګه ډاډ ترلاسه کولای شو چې دا تاسو پخپله یاست. موږ به دلته ستاسو د معرفي په اړه هېڅ شی تاسو ته ونه ښیو.
q-reference = ستاسو د تعقیب شمېره
q-reference-hint = په RJ پیلېږي، لکه RJ-HK4M-7TWX.
q-reference-error = خپله د تعقیب شمېره ولیکئ
q-withdraw-contact = ستاسو د ټیلیفون شمېره یا ایمیل پته
q-withdraw-contact-hint = هماغه چې تاسو موږ ته راکړې وه، ترڅو ډاډ ترلاسه کړو چې دا تاسو پخپله یاست.
q-withdraw-contact-error = خپله د ټیلیفون شمېره یا ایمیل پته ولیکئ
q-withdraw-reason = ولې غواړئ چې پرې یې ږدئ؟ (اختیاري)
q-withdraw-reason-hint = اړتیا نشته چې موږ ته یې ووایئ.
q-withdraw-confirm = تایید
q-withdraw-confirm-confirm = غواړم چې زما معرفي لغوه شي
q-withdraw-confirm-error = د دې تایید لپاره چې غواړئ پرې یې ږدئ، خانه په نښه کړئ

## Confirmation

sent-referral-title = ستاسو معرفي موږ ته ورسېده
sent-call-back-title = موږ به تاسو ته بېرته زنګ ووهو
sent-withdrawal-title = د لغوه کولو غوښتنه مو موږ ته ورسېده
sent-reference = ستاسو د تعقیب شمېره دا ده:
sent-keep-reference = دا شمېره په خوندي ځای کې وساتئ. که د دې په اړه له موږ سره اړیکه ونیسئ، تاسو به ورته اړتیا ولرئ.
sent-next-heading = وروسته څه کېږي
sent-referral-next = زموږ د ټیم یو غړی به تر { $date } پورې له تاسو سره په هغه لاره اړیکه ونیسي چې تاسو یې خوندي بللې ده.
sent-call-back-next = موږ به تر { $date } پورې تاسو ته زنګ ووهو.
sent-withdrawal-next = موږ به ستاسو پر معرفي کار ودروو، او که له تاسو سره اړیکه خوندي وي، تر { $date } پورې به یې تایید درته ووایو.
sent-contact-heading = له موږ سره اړیکه
sent-withdraw-heading = که مو نظر بدل شو
sent-withdraw-text = هر وخت کولای شئ چې پرې یې ږدئ.
sent-withdraw-link = خپله معرفي لغوه کړئ
sent-support-heading = د انتظار پر مهال ملاتړ
sent-support-text = تاسو کولای شئ هر وخت له Victim Support (د قربانیانو د ملاتړ اداره) څخه وړیا ملاتړ ترلاسه کړئ، که په ترمیمي عدالت کې ګډون کوئ که نه. په بیړني حالت کې 999 ته زنګ ووهئ.
sent-print = د یادښت لپاره، د تعقیب شمېره ولیکئ یا دا پاڼه چاپ کړئ.
sent-equality-heading = له موږ سره مرسته وکړئ چې عادل واوسو (اختیاري)
sent-equality-text = ستاسو په اړه څو پوښتنې له موږ سره مرسته کوي چې وګورو له ټولو سره عادلانه چلند کوو. ستاسو ځوابونه ستاسو له معرفي څخه جلا ساتل کېږي.
sent-equality-link = د برابرۍ پوښتنو ته ځواب ورکړئ
sent-home-link = اصلي پاڼې ته ورشئ

## Equality monitoring

step-referral-equality = له موږ سره مرسته وکړئ چې عادل واوسو
step-referral-equality-body =
    دا پوښتنې اختیاري دي. ستاسو ځوابونه ستاسو له معرفي څخه جلا ساتل کېږي، او یوازې د دې لپاره کارول کېږي چې وشمېرو له څو کسانو سره مرسته کوو.
q-eq-age = عمر مو څو کاله دی؟
q-eq-age-under-18 = له ۱۸ کلونو کم
q-eq-age-18-24 = له ۱۸ تر ۲۴ کلونو
q-eq-age-25-34 = له ۲۵ تر ۳۴ کلونو
q-eq-age-35-44 = له ۳۵ تر ۴۴ کلونو
q-eq-age-45-54 = له ۴۵ تر ۵۴ کلونو
q-eq-age-55-64 = له ۵۵ تر ۶۴ کلونو
q-eq-age-65-plus = ۶۵ کاله یا زیات
q-eq-age-prefer-not = نه غواړم ووایم
q-eq-sex = تاسو ښځه یاست که نارینه؟
q-eq-sex-female = ښځه
q-eq-sex-male = نارینه
q-eq-sex-prefer-not = نه غواړم ووایم
q-eq-gender-same = ایا هغه جنسیت چې تاسو ځان پرې پېژنئ، له هغه جنس سره یو شان دی چې د زېږېدو پر مهال درته ثبت شوی و؟
q-eq-gender-same-yes = هو
q-eq-gender-same-no = نه
q-eq-gender-same-prefer-not = نه غواړم ووایم
q-eq-ethnicity = ستاسو قومي ډله کومه ده؟
q-eq-ethnicity-white-british = سپین پوستی: انګلیسي، ویلزي، سکاټلنډي، د شمالي ایرلنډ یا بریتانوي
q-eq-ethnicity-white-irish = سپین پوستی: ایرلنډي
q-eq-ethnicity-white-gypsy-traveller = سپین پوستی: جپسي (Gypsy) یا Irish Traveller
q-eq-ethnicity-white-roma = سپین پوستی: روما (Roma)
q-eq-ethnicity-white-other = سپین پوستی: هر بل سپین پوستی اصل
q-eq-ethnicity-mixed-white-black-caribbean = ګډ اصل: سپین پوستی او تور پوستی کارابیني
q-eq-ethnicity-mixed-white-black-african = ګډ اصل: سپین پوستی او تور پوستی افریقایي
q-eq-ethnicity-mixed-white-asian = ګډ اصل: سپین پوستی او آسیایي
q-eq-ethnicity-mixed-other = ګډ اصل: هر بل ګډ یا څو ګونی اصل
q-eq-ethnicity-asian-indian = آسیایي یا آسیایي بریتانوي: هندي
q-eq-ethnicity-asian-pakistani = آسیایي یا آسیایي بریتانوي: پاکستاني
q-eq-ethnicity-asian-bangladeshi = آسیایي یا آسیایي بریتانوي: بنګله‌دېشي
q-eq-ethnicity-asian-chinese = آسیایي یا آسیایي بریتانوي: چینايي
q-eq-ethnicity-asian-other = آسیایي یا آسیایي بریتانوي: هر بل آسیایي اصل
q-eq-ethnicity-black-african = تور پوستی، تور پوستی بریتانوي، کارابیني یا افریقایي: افریقایي
q-eq-ethnicity-black-caribbean = تور پوستی، تور پوستی بریتانوي، کارابیني یا افریقایي: کارابیني
q-eq-ethnicity-black-other = تور پوستی، تور پوستی بریتانوي، کارابیني یا افریقایي: هر بل اصل
q-eq-ethnicity-other-arab = بله قومي ډله: عرب
q-eq-ethnicity-other-any = هره بله قومي ډله
q-eq-ethnicity-prefer-not = نه غواړم ووایم
q-eq-disability = ایا معلولیت یا اوږدمهاله روغتیايي ستونزه لرئ؟
q-eq-disability-yes = هو
q-eq-disability-no = نه
q-eq-disability-prefer-not = نه غواړم ووایم

## Too many tries

busy-title = مهرباني وکړئ، یوه شېبه صبر وکړئ
busy-text =
    ستاسو د انټرنیټ له اړیکې څخه په لنډ وخت کې ډېر ځوابونه موږ ته راغلي دي. مهرباني وکړئ { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقې
    } صبر وکړئ، بیا هڅه وکړئ.
busy-back = د خپل براوزر د Back (شاته) تڼۍ په مرسته خپلو ځوابونو ته بېرته ورشئ. ځوابونه مو لا هم هلته دي.

## Our database is not answering

store-down-title = موږ اوس مهال ستاسو ځوابونه نشو خوندي کولای
store-down-text = زموږ په سیستم کې ستونزه ده. هغه ځوابونه چې تاسو په مخکنیو پاڼو کې ورکړي، ساتل شوي دي. څه چې مو په دې پاڼه کې لیکلي، لا هم ستاسو په براوزر کې دي: د براوزر د Back (شاته) تڼۍ په مرسته بېرته ورته ورشئ، بیا څو دقیقې وروسته بیا هڅه وکړئ. که دا ستونزه بیا بیا پېښېږي، موږ ته په { $phone } زنګ ووهئ.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = موږ ته ووایئ چې کار څنګه وشو
feedback-intro = له ګډون څخه مو مننه. ستاسو ځوابونه له موږ سره مرسته کوي چې خپل خدمت د نورو خلکو لپاره ښه کړو. موږ یوازې دا ځوابونه شمېرو: هېڅوک یې ستاسو له نوم سره نه لولي.
feedback-prefer-not = د هرې پوښتنې لپاره کولای شئ «نه غواړم ووایم» وټاکئ.
q-fb-service = له هغه خدمت څخه چې موږ درکړ، څومره راضي یاست؟
q-fb-service-very-satisfied = ډېر راضي
q-fb-service-satisfied = راضي
q-fb-service-neither = نه راضي، نه ناراضه
q-fb-service-dissatisfied = ناراضه
q-fb-service-very-dissatisfied = ډېر ناراضه
q-fb-service-prefer-not = نه غواړم ووایم
q-fb-service-error = د خپل رضایت کچه، یا «نه غواړم ووایم» وټاکئ
q-fb-outcome = له دې څخه چې کارونه په پای کې څنګه شول، څومره راضي یاست؟
q-fb-outcome-very-satisfied = ډېر راضي
q-fb-outcome-satisfied = راضي
q-fb-outcome-neither = نه راضي، نه ناراضه
q-fb-outcome-dissatisfied = ناراضه
q-fb-outcome-very-dissatisfied = ډېر ناراضه
q-fb-outcome-prefer-not = نه غواړم ووایم
q-fb-outcome-error = د خپل رضایت کچه، یا «نه غواړم ووایم» وټاکئ
q-fb-safety = د پخوا په پرتله، اوس ځان څومره خوندي احساسوئ؟
q-fb-safety-better = تر پخوا ډېر خوندي
q-fb-safety-same = تقریباً د پخوا په څېر
q-fb-safety-worse = تر پخوا لږ خوندي
q-fb-safety-prefer-not = نه غواړم ووایم
q-fb-safety-error = یو ځواب، یا «نه غواړم ووایم» وټاکئ
q-fb-wellbeing = د پخوا په پرتله، اوس ځان څنګه احساسوئ؟
q-fb-wellbeing-better = تر پخوا ښه
q-fb-wellbeing-same = تقریباً د پخوا په څېر
q-fb-wellbeing-worse = تر پخوا بد
q-fb-wellbeing-prefer-not = نه غواړم ووایم
q-fb-wellbeing-error = یو ځواب، یا «نه غواړم ووایم» وټاکئ
q-fb-coping = د پخوا په پرتله، اوس څومره ښه کولای شئ له هغه څه سره مقابله وکړئ چې پېښ شول؟
q-fb-coping-better = تر پخوا ښه
q-fb-coping-same = تقریباً د پخوا په څېر
q-fb-coping-worse = تر پخوا بد
q-fb-coping-prefer-not = نه غواړم ووایم
q-fb-coping-error = یو ځواب، یا «نه غواړم ووایم» وټاکئ
q-fb-confidence = د پخوا په پرتله، اوس پر پولیسو او محکمو څومره باور لرئ؟
q-fb-confidence-better = تر پخوا ډېر باور
q-fb-confidence-same = تقریباً د پخوا په څېر
q-fb-confidence-worse = تر پخوا لږ باور
q-fb-confidence-prefer-not = نه غواړم ووایم
q-fb-confidence-error = یو ځواب، یا «نه غواړم ووایم» وټاکئ
feedback-gone-title = دا لینک نور کار نه کوي
feedback-gone-text = د نظر ورکولو هر لینک یوازې یو ځل کار کوي، او یوازې د څو اونیو لپاره. که لا هم غواړئ موږ ته ووایئ چې کار څنګه وشو، موږ ته په { $phone } زنګ ووهئ.
feedback-thanks-title = مننه
feedback-thanks-text = ستاسو ځوابونه موږ ته ورسېدل. دا ځوابونه له موږ سره مرسته کوي چې خپل خدمت د راتلونکي کس لپاره ښه کړو.
