## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = البدء الآن
button-continue = متابعة
button-send = إرسال
button-carry-on = مواصلة
button-skip = تخطي هذه الأسئلة
link-back = رجوع
select-choose = اختيار الشهر
spam-trap-label = يُرجى ترك هذا الحقل فارغًا
offer-call-back = يمكنك طلب اتصالنا بك هاتفيًا بدلًا من ذلك
check-change = تغيير
check-not-answered = لم تتم الإجابة
consent-privacy-link = طريقة استخدامنا لمعلوماتك (إشعار الخصوصية)
textarea-count =
    لقد استخدمت { $used } من أصل { $max ->
        [zero] { $max } حرف
        [one] { $max } حرف
        [two] { $max } حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.

## Errors

error-summary-title = هناك مشكلة
error-prefix = خطأ:
error-title-prefix = خطأ:
error-choose-from-list = يُرجى اختيار إحدى الإجابات من القائمة
error-too-long =
    يُرجى كتابة { $count ->
        [zero] { $count } حرف
        [one] { $count } حرف
        [two] { $count } حرفين
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    } أو أقل
error-phone = يُرجى إدخال رقم هاتف مثل 07700 900 982 أو +48 601 234 567
error-email = يُرجى إدخال عنوان بريد إلكتروني مثل name@example.com
error-postcode = يُرجى إدخال رمز بريدي (postcode) مثل B1 1BB
error-year = يُرجى إدخال السنة بأربعة أرقام، مثل 2024
error-years = يُرجى إدخال عدد السنوات، مثل 3
error-crime-reference = الرقم المرجعي للجريمة يتكون فقط من حروف وأرقام والرمزين / و -
error-reference = يُرجى إدخال رقمك المرجعي، مثل RJ-HK4M-7TWX
error-date-future = يجب أن يكون التاريخ في الماضي
error-too-fast = يُرجى مراجعة إجاباتك، ثم إرسالها مرة أخرى

## Start pages

start-referral-title = طلب خدمة العدالة التصالحية
start-referral-body =
    سنطرح عليك بعض الأسئلة عنك وعما حدث. ويستغرق ذلك نحو 15 دقيقة.

    الخدمة مجانية. وهي سرية. ولن يحدث أي شيء إلا إذا أردت ذلك، ويمكنك التوقف في أي وقت.

    يمكنك تخطي أي سؤال إذا فضّلت عدم الإجابة عنه الآن. ثم سيتواصل معك أحد أعضاء فريقنا بالطريقة التي اخترتها.
start-call-back-title = طلب أن نتصل بك
start-call-back-body =
    يُرجى إعطاؤنا رقم هاتف ووقتًا مناسبًا للاتصال. ويستغرق ذلك نحو 3 دقائق.

    سنتصل بك للإجابة عن أسئلتك. ولا يلزمك اتخاذ أي قرار أثناء المكالمة.
start-withdrawal-title = إيقاف طلب الإحالة
start-withdrawal-body =
    يمكنك التوقف في أي وقت، ولأي سبب. ولا يلزمك إخبارنا بالسبب.

    سيلزمك الرقم المرجعي الذي أعطيناك إياه.
start-kept-for =
    نحتفظ بإجاباتك على خادمنا مدةً لا تزيد على { $hours ->
        [zero] { $hours } ساعة
        [one] { $hours } ساعة
        [two] { $hours } ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    } أثناء ملء النموذج. وتُحذف عند إرسالها أو عند الضغط على «{ quick-exit }».

## Referral: who it is for

q-for-whom = لمن هذا الطلب؟
q-for-whom-me = لي أنا
q-for-whom-someone-else = لشخص آخر موافق على ذلك
q-for-whom-error = يُرجى اختيار لمن هذا الطلب

step-referral-on-behalf = معلومات عنك
q-relationship = ما علاقتك بهذا الشخص؟
q-relationship-family = أنا من العائلة
q-relationship-friend = أنا صديق أو صديقة
q-relationship-supporter = أقدّم الدعم لهذا الشخص (مثلًا، مقدّم رعاية أو شخص يدافع عن حقوقه)
q-relationship-professional = أتعامل مع هذا الشخص بحكم عملي
q-relationship-error = يُرجى اختيار علاقتك بهذا الشخص
q-organisation-type = ما جهة عملك؟
q-organisation-type-police = الشرطة
q-organisation-type-probation = مراقبة السلوك (Probation)
q-organisation-type-victim-care = رعاية الضحايا أو دعمهم
q-organisation-type-yot = فريق الأحداث (Youth Offending Team)
q-organisation-type-prison = السجن
q-organisation-type-csp = شراكة سلامة المجتمع (Community Safety Partnership)
q-organisation-type-health = خدمة صحية، مثل طبيب عام أو مستشفى
q-organisation-type-school = مدرسة أو كلية
q-organisation-type-other = جهة أخرى
q-organisation-type-error = يُرجى اختيار جهة عملك
q-organisation-name = اسم جهة عملك (اختياري)

step-referral-your-details = بياناتك
q-referrer-name = اسمك
q-referrer-name-error = يُرجى إدخال اسمك
q-referrer-phone = رقم هاتفك
q-referrer-phone-error = يُرجى إدخال رقم هاتفك
q-referrer-email = عنوان بريدك الإلكتروني (اختياري)

q-agreed = هل وافق الشخص على هذه الإحالة؟
q-agreed-hint = لا يمكننا مساعدة أحد إلا إذا أراد مساعدتنا. وإذا كنت من الشرطة ولم تسأل الشخص بعد، فيمكننا أن نسأله نيابة عنك.
q-agreed-yes = نعم، وافق الشخص
q-agreed-not-asked = لم أسأل الشخص بعد
q-agreed-no = لا، لم يوافق الشخص
q-agreed-error = يُرجى اختيار هل وافق الشخص أم لا

step-referral-need-agreement = نحتاج أولًا إلى موافقة الشخص
step-referral-need-agreement-body =
    لا تنجح العدالة التصالحية إلا عندما يختارها الناس بأنفسهم. لذلك لا يمكننا قبول إحالة إلا عندما يعرف الشخص بها ويوافق عليها.

    يمكنك إخبار الشخص بهذا الموقع، أو إعطاؤه رقم هاتفنا. ويمكنه التواصل معنا بنفسه، أو الموافقة على إرسالك هذا الطلب.

    إذا كانت سلامة الشخص تقلقك، فيُرجى الاتصال بالرقم 999 في حالات الطوارئ، أو بالرقم 101 إذا لم تكن حالة طارئة.

step-referral-we-will-ask = سنسأل الشخص نيابة عنك
step-referral-we-will-ask-body =
    شكرًا لك. لم يُسأل الشخص بعد، لذلك سنتواصل معه أولًا ونسأله هل يريد مساعدتنا. ولن يحدث أي شيء آخر إلا إذا وافق.

    يُرجى المواصلة وإخبارنا بما تعرفه. ويمكنك ترك أي شيء لست على يقين منه.

## Referral: what happened

q-connection = ما علاقتك بما حدث؟
q-connection-harmed = تعرّضتُ للأذى
q-connection-family-harmed = تعرّض أحد أفراد عائلتي للأذى
q-connection-bereaved = تُوفّي أحد أفراد عائلتي بسبب جريمة
q-connection-caused-harm = تسبّبتُ في أذى
q-connection-other-affected = تأثّرتُ بطريقة أخرى
q-connection-error = يُرجى اختيار علاقتك بما حدث
q-connection-them = ما علاقة الشخص بما حدث؟
q-connection-them-harmed = تعرّض الشخص للأذى
q-connection-them-family-harmed = تعرّض أحد أفراد عائلة الشخص للأذى
q-connection-them-bereaved = تُوفّي أحد أفراد عائلة الشخص بسبب جريمة
q-connection-them-caused-harm = تسبّب الشخص في أذى
q-connection-them-other-affected = تأثّر الشخص بطريقة أخرى
q-connection-them-error = يُرجى اختيار علاقة الشخص بما حدث

step-referral-what-happened = ما حدث
q-crime-type = ما نوع الجريمة؟
q-crime-type-hint = يُرجى اختيار الأقرب. ولا يلزمك ذكر التفاصيل.
q-crime-type-violence = عنف أو اعتداء
q-crime-type-sexual = جريمة جنسية
q-crime-type-domestic-abuse = عنف أسري
q-crime-type-hate-crime = جريمة كراهية
q-crime-type-burglary = سطو (اقتحام منزل أو مبنى)
q-crime-type-robbery = سرقة بالإكراه
q-crime-type-theft = سرقة
q-crime-type-criminal-damage = إتلاف ممتلكات
q-crime-type-fraud-online = احتيال أو جريمة عبر الإنترنت
q-crime-type-harassment = مضايقة أو ملاحقة
q-crime-type-driving = جريمة مرورية
q-crime-type-asb = سلوك معادٍ للمجتمع، مثل الضوضاء أو الإزعاج
q-crime-type-not-crime = أذى لم يكن جريمة، مثلًا في المدرسة أو العمل
q-crime-type-other = شيء آخر
q-crime-type-prefer-not = أفضّل عدم القول
q-crime-type-error = يُرجى اختيار نوع الجريمة، أو «أفضّل عدم القول»
q-markers = هل ينطبق أي مما يلي؟ (اختياري)
q-markers-hate = حدث ذلك بسبب هويتي، مثل عرقي، أو ديني، أو إعاقتي، أو ميولي الجنسية، أو هويتي الجندرية
q-markers-online = حدث ذلك عبر الإنترنت
q-markers-domestic = ارتكبه شريك حياة، أو شريك سابق، أو أحد أفراد العائلة

step-referral-not-a-crime = نساعد بعد وقوع جريمة
step-referral-not-a-crime-body =
    خدمتنا مخصصة للأذى الذي تسببت فيه جريمة. أما الأذى في المدرسة أو العمل أو المنزل الذي لم يكن جريمة، فقد تستطيع المدرسة، أو جهة العمل، أو خدمة وساطة محلية المساعدة فيه.

    ويمكنك مع ذلك إرسال بياناتك إلينا. وسنقرؤها ونخبرك بالجهة التي يمكنها مساعدتك.

step-referral-anti-social-behaviour = المساعدة في حالات السلوك المعادي للمجتمع
step-referral-anti-social-behaviour-body =
    السلوك المعادي للمجتمع، مثل الضوضاء أو الإزعاج من الجيران، ليس جريمة في العادة. وكثيرًا ما يكون لدى المجلس المحلي أو جهة الإسكان خدمة وساطة مجانية لهذا الأمر.

    ويمكنك مع ذلك إرسال بياناتك إلينا. وسنقرؤها ونخبرك بالجهة التي يمكنها مساعدتك.

step-referral-when = متى حدث ذلك
q-when = متى حدث ذلك؟
q-when-date = أعرف الشهر والسنة
q-when-years-ago = أعرف تقريبًا منذ كم سنة
q-when-not-sure = لست على يقين
q-when-error = يُرجى اختيار متى حدث ذلك
q-when-month = الشهر
q-when-month-error = يُرجى اختيار الشهر
q-when-year = السنة
q-when-year-hint = مثلًا: 2024
q-when-year-error = يُرجى إدخال السنة
q-when-years = منذ كم سنة؟
q-when-years-error = يُرجى إدخال عدد السنوات
q-how-long = كم استمر ذلك؟ (اختياري)
q-how-long-hint = بعض الأذى يحدث مرة واحدة. وبعضه يستمر مدة طويلة.
q-how-long-once = حدث مرة واحدة، أو على مدى بضعة أيام
q-how-long-up-to-3-years = استمر مدة تصل إلى 3 سنوات
q-how-long-more-than-3-years = استمر أكثر من 3 سنوات
q-how-long-not-sure = لست على يقين
q-ongoing = هل ما زال يحدث، أو هل تخشى أن يحدث مرة أخرى؟ (اختياري)
q-ongoing-yes = نعم
q-ongoing-no = لا
q-ongoing-not-sure = لست على يقين

step-referral-police = الشرطة والمحاكم
q-reported = هل أُبلغت الشرطة بما حدث؟
q-reported-hint = لا يُشترط إبلاغ الشرطة لطلب مساعدتنا.
q-reported-yes = نعم
q-reported-no = لا
q-reported-not-sure = لست على يقين
q-reported-error = يُرجى اختيار نعم أو لا أو «لست على يقين»
q-crime-reference = الرقم المرجعي للجريمة (اختياري)
q-crime-reference-hint = فقط إذا كان متوفرًا لديك الآن.
q-stage = ما الوضع الحالي للقضية؟
q-stage-not-reported = لم يُبلَّغ عنها
q-stage-investigating = الشرطة تحقق فيها
q-stage-awaiting-court = في انتظار المحكمة
q-stage-prison = صدر حكم بالسجن على شخص
q-stage-community = صدر على شخص حكم بعقوبة مجتمعية (مثل العمل لخدمة المجتمع)
q-stage-finished = انتهى كل شيء
q-stage-no-further-action = لم تتخذ الشرطة أي إجراء آخر
q-stage-dont-know = لا أعرف
q-stage-error = يُرجى اختيار الوضع الحالي
q-agencies = هل هناك خدمات أخرى معنية بالأمر، إلى جانب الشرطة؟ (اختياري)
q-agencies-hint = مثلًا: الخدمات الاجتماعية، أو عامل دعم، أو فريق الصحة النفسية، أو مدرسة.
q-agencies-yes = نعم
q-agencies-no = لا
q-agencies-not-sure = لست على يقين

step-referral-where = المكان
q-area-happened = أين حدث ذلك؟
q-area-happened-error = يُرجى اختيار المكان الذي حدث فيه ذلك
q-area-lives = ما مكان سكنك؟
q-area-lives-error = يُرجى اختيار مكان سكنك
q-area-lives-them = ما مكان سكن الشخص؟
q-area-lives-them-error = يُرجى اختيار مكان سكن الشخص
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
q-area-happened-elsewhere = مكان آخر
q-area-happened-not-sure = لست على يقين
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
q-area-lives-elsewhere = مكان آخر
q-area-lives-not-sure = لست على يقين

step-referral-outside-area = المساعدة خارج West Midlands
step-referral-outside-area-body =
    نعمل في West Midlands. وتوجد خدمات للعدالة التصالحية في جميع أنحاء England و Wales، ويمكننا نقل بياناتك إلى الخدمة القريبة منك.

    ويمكنك مع ذلك إرسال بياناتك إلينا. وسنتحدث إلى الخدمة المناسبة ونخبرك بما يحدث.

step-referral-other-person = الشخص الآخر
q-other-age = كم عمر الشخص الذي تسبب في الأذى؟
q-other-age-hint = إذا كنت أنت من تسبب في الأذى، فالسؤال هنا عن الشخص الذي آذيته.
q-other-age-under-18 = أقل من 18 سنة
q-other-age-adult = 18 سنة أو أكثر
q-other-age-dont-know = لا أعرف
q-other-age-error = يُرجى اختيار العمر، أو «لا أعرف»
q-other-age-them = كم عمر الشخص الذي تسبب في الأذى؟
q-other-age-them-hint = إذا كان الشخص الذي تحيله إلينا هو من تسبب في الأذى، فأخبرنا عن الشخص الذي آذاه.
q-other-age-them-error = يُرجى اختيار العمر، أو «لا أعرف»
q-other-known = هل هوية هذا الشخص معروفة لديك؟
q-other-known-yes = نعم
q-other-known-no = لا
q-other-known-not-sure = لست على يقين
q-other-known-error = يُرجى اختيار نعم أو لا أو «لست على يقين»
q-how-many = كم عدد الأشخاص الذين تسببوا في الأذى؟
q-how-many-one = شخص واحد
q-how-many-two-or-three = شخصان أو 3 أشخاص
q-how-many-more-than-three = أكثر من 3 أشخاص
q-how-many-dont-know = لا أعرف
q-how-many-error = يُرجى اختيار عدد الأشخاص
q-how-many-harmed = كم عدد الأشخاص الذين تعرّضوا للأذى؟ (اختياري)
q-how-many-harmed-one = شخص واحد
q-how-many-harmed-two-or-three = شخصان أو 3 أشخاص
q-how-many-harmed-more-than-three = أكثر من 3 أشخاص
q-how-many-harmed-dont-know = لا أعرف
q-vulnerable = هل يحتاج أي من الأشخاص المعنيين إلى رعاية إضافية ليشارك بأمان؟ (اختياري)
q-vulnerable-hint = مثلًا: بسبب العمر، أو الإعاقة، أو الصحة النفسية.
q-vulnerable-yes = نعم
q-vulnerable-no = لا
q-vulnerable-not-sure = لست على يقين

step-referral-young-person = عندما يكون من تسبب في الأذى صغير السن
step-referral-young-person-body =
    عندما يكون الشخص الذي تسبب في الأذى دون سن 18، فإن Youth Offending Team المحلي يتولى الأمر عادةً. وهو فريق تابع للمجلس المحلي يعمل مع من هم دون سن 18 ممن خالفوا القانون. وسنتحدث إليه أولًا، ونتأكد من حصولك على المساعدة المناسبة.

    ويمكنك مع ذلك إرسال بياناتك إلينا.

## Referral: in your own words, about you

step-referral-own-words = بكلماتك الخاصة (اختياري)
q-story = ماذا حدث؟
q-story-hint = لا يلزم ذكر إلا ما يريحك. ويمكنك ترك هذا الحقل فارغًا.
q-hopes = ما الذي يهمّك أن يحدث؟
q-hopes-hint = مثلًا: طرح سؤال، أو أن يُسمع صوتك، أو الحصول على اعتذار.
q-hopes-them = ما الذي يهمّ الشخص أن يحدث؟
q-hopes-them-hint = مثلًا: طرح سؤال، أو أن يُسمع صوته، أو الحصول على اعتذار.

step-referral-about-you = معلومات عنك
step-referral-about-you-them = معلومات عن الشخص
q-name = بأي اسم نناديك؟
q-name-hint = يمكن أن يكون اسمك الأول، أو أي اسم آخر يريحك.
q-name-error = يُرجى إدخال الاسم الذي نناديك به
q-name-them = بأي اسم ننادي الشخص؟
q-name-them-hint = يمكن أن يكون اسمه الأول، أو أي اسم آخر يفضّله.
q-name-them-error = يُرجى إدخال الاسم الذي ننادي به الشخص
q-age-band = كم عمرك؟
q-age-band-under-18 = أقل من 18
q-age-band-18-24 = من 18 إلى 24
q-age-band-25-34 = من 25 إلى 34
q-age-band-35-44 = من 35 إلى 44
q-age-band-45-54 = من 45 إلى 54
q-age-band-55-64 = من 55 إلى 64
q-age-band-65-plus = 65 أو أكثر
q-age-band-prefer-not = أفضّل عدم القول
q-age-band-error = يُرجى اختيار عمرك، أو «أفضّل عدم القول»
q-age-band-them = كم عمر الشخص؟
q-age-band-them-error = يُرجى اختيار عمر الشخص، أو «أفضّل عدم القول»

step-referral-under-18 = إذا كان عمرك أقل من 18 سنة
step-referral-under-18-body =
    يمكنك المشاركة في العدالة التصالحية في أي عمر. ولا يلزمك إذن من أحد والديك.

    وسنتأكد من وجود شخص بالغ معك لدعمك، مثل أحد والديك، أو مقدّم رعاية، أو عامل مع الشباب، إذا أردت ذلك.

step-referral-under-18-them = إذا كان عمر الشخص أقل من 18 سنة
step-referral-under-18-them-body =
    يمكن لأي شخص المشاركة في العدالة التصالحية في أي عمر. ولا يلزمه إذن من أحد والديه.

    وسنتأكد من وجود شخص بالغ معه لدعمه، مثل أحد والديه، أو مقدّم رعاية، أو عامل مع الشباب، إذا أراد ذلك.

## Referral: contacting you safely

step-referral-contact = طرق التواصل معك
step-referral-contact-them = طرق التواصل مع الشخص
q-contact-ways = كيف يمكننا التواصل معك؟
q-contact-ways-hint = يُرجى اختيار كل الطرق الآمنة بالنسبة إليك.
q-contact-ways-phone = مكالمة هاتفية
q-contact-ways-text = رسالة نصية
q-contact-ways-email = بريد إلكتروني
q-contact-ways-letter = خطاب بالبريد
q-contact-ways-error = يُرجى اختيار طريقة واحدة على الأقل للتواصل معك
q-contact-ways-them = كيف يمكننا التواصل مع الشخص؟
q-contact-ways-them-hint = يُرجى اختيار كل الطرق الآمنة بالنسبة إلى الشخص.
q-contact-ways-them-error = يُرجى اختيار طريقة واحدة على الأقل للتواصل مع الشخص
q-phone = رقم الهاتف
q-phone-error = يُرجى إدخال رقم هاتف
q-email = عنوان البريد الإلكتروني
q-email-error = يُرجى إدخال عنوان بريد إلكتروني
q-address = العنوان
q-address-error = يُرجى إدخال عنوانك
q-address-them = عنوان الشخص
q-address-them-error = يُرجى إدخال عنوان الشخص
q-postcode = الرمز البريدي (postcode)
q-postcode-error = يُرجى إدخال رمزك البريدي
q-postcode-them = الرمز البريدي (postcode) للشخص
q-postcode-them-error = يُرجى إدخال الرمز البريدي للشخص

step-referral-contact-safety = التواصل الآمن
q-voicemail-ok = هل من الآمن أن نترك لك رسالة صوتية أو نرسل إليك رسالة نصية؟
q-voicemail-ok-hint = لن نذكر أبدًا في الرسالة موضوعها.
q-voicemail-ok-yes = نعم
q-voicemail-ok-no = لا
q-voicemail-ok-error = يُرجى اختيار نعم أو لا
q-email-ok = هل من الآمن أن نراسلك بالبريد الإلكتروني؟
q-email-ok-yes = نعم
q-email-ok-no = لا
q-email-ok-error = يُرجى اختيار نعم أو لا
q-email-ok-them = هل من الآمن أن نراسل الشخص بالبريد الإلكتروني؟
q-email-ok-them-error = يُرجى اختيار نعم أو لا
q-safe-times = متى يكون التواصل معك آمنًا؟ (اختياري)
q-safe-times-hint = مثلًا: أيام العمل بعد الساعة الثانية ظهرًا.
q-safe-times-them = متى يكون التواصل مع الشخص آمنًا؟ (اختياري)
q-safe-times-them-hint = مثلًا: أيام العمل بعد الساعة الثانية ظهرًا.
q-caller-notes = هل هناك ما يجب أن يقوله المتصل أو ألا يقوله؟ (اختياري)
q-caller-notes-hint = مثلًا: «قل إنك من عيادة الطبيب» أو «اطلب التحدث إلى سام».

## Referral: your needs, your safety

step-referral-needs = احتياجاتك منا
step-referral-needs-them = احتياجات الشخص منا
q-language = ما اللغة المفضّلة لديك؟ (اختياري)
q-language-them = ما اللغة المفضّلة لدى الشخص؟ (اختياري)
q-interpreter = هل يلزمك مترجم؟
q-interpreter-yes = نعم
q-interpreter-no = لا
q-interpreter-error = يُرجى اختيار نعم أو لا
q-interpreter-them = هل يحتاج الشخص إلى مترجم؟
q-interpreter-them-error = يُرجى اختيار نعم أو لا
q-bsl = هل لغة الإشارة البريطانية (British Sign Language, BSL) هي لغتك؟
q-bsl-yes = نعم
q-bsl-no = لا
q-bsl-error = يُرجى اختيار نعم أو لا
q-bsl-them = هل لغة الإشارة البريطانية (British Sign Language, BSL) هي لغة الشخص؟
q-bsl-them-error = يُرجى اختيار نعم أو لا
q-access = هل يساعدك أي مما يلي؟ (اختياري)
q-access-them = هل يساعد أي مما يلي هذا الشخص؟ (اختياري)
q-access-large-print = طباعة بخط كبير
q-access-easy-read = نسخة سهلة القراءة (Easy Read)
q-access-hearing = مساعدة في السمع
q-access-sight = مساعدة في البصر
q-access-mobility = مساعدة في التنقل
q-access-learning-disability = دعم لإعاقة ذهنية أو صعوبات في التعلّم
q-access-mental-health = دعم للصحة النفسية
q-support-person = هل يريحك وجود شخص معك لدعمك؟
q-support-person-hint = مثلًا: صديق، أو أحد أفراد العائلة، أو عامل دعم.
q-support-person-yes = نعم
q-support-person-no = لا
q-support-person-error = يُرجى اختيار نعم أو لا
q-support-person-them = هل يريد الشخص أن يكون معه أحد لدعمه؟
q-support-person-them-hint = مثلًا: صديق، أو أحد أفراد العائلة، أو عامل دعم.
q-support-person-them-error = يُرجى اختيار نعم أو لا

q-safe-now = هل أنت في أمان الآن؟
q-safe-now-yes = نعم
q-safe-now-no = لا
q-safe-now-not-sure = لست على يقين
q-safe-now-error = يُرجى اختيار نعم أو لا أو «لست على يقين»
q-safe-now-them = هل الشخص في أمان الآن؟
q-safe-now-them-error = يُرجى اختيار نعم أو لا أو «لست على يقين»

step-referral-not-safe = الحصول على مساعدة الآن
step-referral-not-safe-body =
    إذا كنت في خطر، فيُرجى الاتصال بالرقم 999 الآن.

    إذا لم يكن بإمكانك الكلام، فيمكنك الاتصال بالرقم 999 من هاتف محمول. وعند سماع صوت، يمكنك الضغط على 55. وهذا يُعلم الشرطة أن الأمر حالة طوارئ حقيقية.

    إذا لم تكن حالة طارئة، فيُرجى الاتصال بالشرطة على الرقم 101.

    وعندما يناسبك ذلك، يمكنك مواصلة ملء هذا النموذج. وسنحرص حرصًا إضافيًا عند التواصل معك.

step-referral-not-safe-them = الحصول على مساعدة الآن
step-referral-not-safe-them-body =
    إذا كان الشخص في خطر، فيُرجى الاتصال بالرقم 999 الآن.

    إذا لم تكن حالة طارئة، فيُرجى الاتصال بالشرطة على الرقم 101.

    وعندما يناسبك ذلك، يمكنك مواصلة ملء هذا النموذج. وسنحرص حرصًا إضافيًا عند التواصل مع الشخص.

## Referral: check, consent, send

step-referral-check = مراجعة إجاباتك
step-referral-consent = موافقتك
step-referral-consent-body =
    المشاركة قرارك. ويمكنك التوقف في أي وقت، حتى بعد إرسال هذا الطلب.

    سنستخدم إجاباتك للتواصل معك، وللتخطيط لما سيحدث بعد ذلك. ونحافظ عليها، ولا نشاركها إلا عند الضرورة، مثلًا لحماية شخص من الأذى.
q-consent = موافقتك
q-consent-agree = أوافق على استخدامكم إجاباتي للتواصل معي بشأن العدالة التصالحية
q-consent-error = يُرجى وضع علامة في المربع للموافقة، حتى نتمكن من التواصل معك
step-referral-consent-them = إرسال طلب الإحالة
step-referral-consent-them-body =
    المشاركة دائمًا قرار الشخص نفسه. ويمكنه التوقف في أي وقت، حتى بعد إرسالك هذا الطلب.

    سنستخدم هذه الإجابات للتواصل مع الشخص، ومعك إذا احتجنا إلى ذلك، وللتخطيط لما سيحدث بعد ذلك. ونحافظ عليها، ولا نشاركها إلا عند الضرورة، مثلًا لحماية شخص من الأذى.
q-consent-them = موافقتك
q-consent-them-agree = أوافق على استخدامكم هذه الإجابات للتواصل مع الشخص، ومعي عند الحاجة، بشأن العدالة التصالحية
q-consent-them-error = يُرجى وضع علامة في المربع للموافقة، حتى نتمكن من التواصل مع الشخص

## Call back

step-call-back-your-details = بياناتك
step-call-back-when = وقت الاتصال
q-call-days = ما الأيام الأنسب لك؟ (اختياري)
q-call-days-monday = الاثنين
q-call-days-tuesday = الثلاثاء
q-call-days-wednesday = الأربعاء
q-call-days-thursday = الخميس
q-call-days-friday = الجمعة
q-call-times = ما الوقت الأنسب لك من اليوم؟ (اختياري)
q-call-times-morning = الصباح
q-call-times-lunchtime = وقت الغداء
q-call-times-afternoon = بعد الظهر
step-call-back-language = اللغة
q-call-reason = ما الموضوع الذي يهمك الحديث عنه؟ (اختياري)
q-call-reason-hint = تكفي بضع كلمات. ويمكنك ترك هذا الحقل فارغًا.
step-call-back-check = مراجعة إجاباتك
step-call-back-consent = موافقتك
step-call-back-consent-body =
    سنستخدم رقم هاتفك فقط لمعاودة الاتصال بك بشأن العدالة التصالحية.

## Withdrawal

step-withdrawal-details = إيقاف طلب الإحالة
step-withdrawal-details-body =
    يُرجى إعطاؤنا رقمك المرجعي، ووسيلة نتحقق بها من هويتك. ولن نعرض لك هنا أي شيء عن طلب الإحالة الخاص بك.
q-reference = رقمك المرجعي
q-reference-hint = يبدأ بالحرفين RJ، مثل RJ-HK4M-7TWX.
q-reference-error = يُرجى إدخال رقمك المرجعي
q-withdraw-contact = رقم هاتفك أو عنوان بريدك الإلكتروني
q-withdraw-contact-hint = الذي أعطيتنا إياه، حتى نتحقق من هويتك.
q-withdraw-contact-error = يُرجى إدخال رقم هاتفك أو عنوان بريدك الإلكتروني
q-withdraw-reason = ما سبب رغبتك في التوقف؟ (اختياري)
q-withdraw-reason-hint = لا يلزمك إخبارنا.
q-withdraw-confirm = التأكيد
q-withdraw-confirm-confirm = أريد إيقاف طلب الإحالة الخاص بي
q-withdraw-confirm-error = يُرجى وضع علامة في المربع لتأكيد رغبتك في التوقف

## Confirmation

sent-referral-title = وصلنا طلب الإحالة الخاص بك
sent-call-back-title = سنعاود الاتصال بك
sent-withdrawal-title = وصلنا طلبك بالتوقف
sent-reference = رقمك المرجعي هو
sent-keep-reference = يُرجى الاحتفاظ بهذا الرقم في مكان آمن. سيلزمك إذا تواصلت معنا بشأن هذا الطلب.
sent-next-heading = ماذا يحدث بعد ذلك
sent-referral-next = سيتواصل معك أحد أعضاء فريقنا في موعد أقصاه { $date }، بالطريقة التي أخبرتنا أنها آمنة.
sent-call-back-next = سنتصل بك في موعد أقصاه { $date }.
sent-withdrawal-next = سنوقف العمل على طلب الإحالة الخاص بك، ونؤكد لك ذلك في موعد أقصاه { $date }، إذا كان التواصل معك آمنًا.
sent-contact-heading = التواصل معنا
sent-withdraw-heading = إذا غيّرت رأيك
sent-withdraw-text = يمكنك التوقف في أي وقت.
sent-withdraw-link = إيقاف طلب الإحالة
sent-support-heading = الدعم أثناء الانتظار
sent-support-text = يمكنك الحصول على دعم مجاني من Victim Support (منظمة خيرية لدعم ضحايا الجرائم) في أي وقت، سواء شاركت في العدالة التصالحية أم لا. وفي حالات الطوارئ، يُرجى الاتصال بالرقم 999.
sent-print = للاحتفاظ بسجل، يمكنك كتابة رقمك المرجعي أو طباعة هذه الصفحة.
sent-equality-heading = لنكون منصفين مع الجميع (اختياري)
sent-equality-text = تساعدنا بضعة أسئلة عنك على التأكد من أننا منصفون مع الجميع. وتُحفظ إجاباتك منفصلة عن طلب الإحالة.
sent-equality-link = الإجابة عن أسئلة المساواة
sent-home-link = الذهاب إلى الصفحة الرئيسية

## Equality monitoring

step-referral-equality = لنكون منصفين مع الجميع
step-referral-equality-body =
    هذه الأسئلة اختيارية. وتُحفظ إجاباتك منفصلة عن طلب الإحالة، ولا تُستخدم إلا لإحصاء عدد الأشخاص الذين نساعدهم.
q-eq-age = كم عمرك؟
q-eq-age-under-18 = أقل من 18
q-eq-age-18-24 = من 18 إلى 24
q-eq-age-25-34 = من 25 إلى 34
q-eq-age-35-44 = من 35 إلى 44
q-eq-age-45-54 = من 45 إلى 54
q-eq-age-55-64 = من 55 إلى 64
q-eq-age-65-plus = 65 أو أكثر
q-eq-age-prefer-not = أفضّل عدم القول
q-eq-sex = ما جنسك؟
q-eq-sex-female = أنثى
q-eq-sex-male = ذكر
q-eq-sex-prefer-not = أفضّل عدم القول
q-eq-gender-same = هل هويتك الجندرية هي نفسها الجنس المسجّل عند ولادتك؟
q-eq-gender-same-yes = نعم
q-eq-gender-same-no = لا
q-eq-gender-same-prefer-not = أفضّل عدم القول
q-eq-ethnicity = ما مجموعتك العرقية؟
q-eq-ethnicity-white-british = أبيض: إنجليزي، أو ويلزي، أو اسكتلندي، أو من أيرلندا الشمالية، أو بريطاني
q-eq-ethnicity-white-irish = أبيض: أيرلندي
q-eq-ethnicity-white-gypsy-traveller = أبيض: غجري أو من الرحّالة الأيرلنديين (Gypsy or Irish Traveller)
q-eq-ethnicity-white-roma = أبيض: روما
q-eq-ethnicity-white-other = أبيض: أي خلفية بيضاء أخرى
q-eq-ethnicity-mixed-white-black-caribbean = مختلط: أبيض وأسود كاريبي
q-eq-ethnicity-mixed-white-black-african = مختلط: أبيض وأسود أفريقي
q-eq-ethnicity-mixed-white-asian = مختلط: أبيض وآسيوي
q-eq-ethnicity-mixed-other = مختلط: أي خلفية مختلطة أو متعددة أخرى
q-eq-ethnicity-asian-indian = آسيوي أو بريطاني آسيوي: هندي
q-eq-ethnicity-asian-pakistani = آسيوي أو بريطاني آسيوي: باكستاني
q-eq-ethnicity-asian-bangladeshi = آسيوي أو بريطاني آسيوي: بنغلاديشي
q-eq-ethnicity-asian-chinese = آسيوي أو بريطاني آسيوي: صيني
q-eq-ethnicity-asian-other = آسيوي أو بريطاني آسيوي: أي خلفية آسيوية أخرى
q-eq-ethnicity-black-african = أسود، أو بريطاني أسود، أو كاريبي، أو أفريقي: أفريقي
q-eq-ethnicity-black-caribbean = أسود، أو بريطاني أسود، أو كاريبي، أو أفريقي: كاريبي
q-eq-ethnicity-black-other = أسود، أو بريطاني أسود، أو كاريبي، أو أفريقي: أي خلفية أخرى
q-eq-ethnicity-other-arab = مجموعة عرقية أخرى: عربي
q-eq-ethnicity-other-any = أي مجموعة عرقية أخرى
q-eq-ethnicity-prefer-not = أفضّل عدم القول
q-eq-disability = هل لديك إعاقة أو حالة صحية طويلة الأمد؟
q-eq-disability-yes = نعم
q-eq-disability-no = لا
q-eq-disability-prefer-not = أفضّل عدم القول

## Too many tries

busy-title = يُرجى الانتظار قليلًا
busy-text =
    وصلتنا إجابات كثيرة من اتصالك في وقت قصير. يُرجى الانتظار { $minutes ->
        [zero] { $minutes } دقيقة
        [one] { $minutes } دقيقة
        [two] { $minutes } دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ثم المحاولة مرة أخرى.
busy-back = يمكنك استخدام زر «رجوع» في متصفحك للعودة إلى إجاباتك. فهي ما زالت موجودة.

## Our database is not answering

store-down-title = لا يمكننا حفظ إجاباتك الآن
store-down-text = هناك مشكلة لدينا. الإجابات التي قدّمتها في الصفحات السابقة محفوظة. وما كتبته في هذه الصفحة ما زال موجودًا في متصفحك: يمكنك استخدام زر «رجوع» في متصفحك للعودة إليه، ثم المحاولة مرة أخرى بعد بضع دقائق. وإذا تكررت المشكلة، فيمكنك الاتصال بنا على الرقم { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = أخبرنا كيف سارت الأمور
feedback-intro = شكرًا لك على مشاركتك. تساعدنا إجاباتك على تحسين الخدمة لأشخاص آخرين. ولا نستخدمها إلا للإحصاء: فلا يقرؤها أحد مقرونةً باسمك.
feedback-prefer-not = يمكنك اختيار «أفضّل عدم القول» في أي سؤال.
q-fb-service = ما مدى رضاك عن الخدمة التي قدّمناها لك؟
q-fb-service-very-satisfied = راضٍ جدًا
q-fb-service-satisfied = راضٍ
q-fb-service-neither = لا راضٍ ولا غير راضٍ
q-fb-service-dissatisfied = غير راضٍ
q-fb-service-very-dissatisfied = غير راضٍ على الإطلاق
q-fb-service-prefer-not = أفضّل عدم القول
q-fb-service-error = يُرجى اختيار مدى رضاك، أو «أفضّل عدم القول»
q-fb-outcome = ما مدى رضاك عن الطريقة التي انتهت بها الأمور؟
q-fb-outcome-very-satisfied = راضٍ جدًا
q-fb-outcome-satisfied = راضٍ
q-fb-outcome-neither = لا راضٍ ولا غير راضٍ
q-fb-outcome-dissatisfied = غير راضٍ
q-fb-outcome-very-dissatisfied = غير راضٍ على الإطلاق
q-fb-outcome-prefer-not = أفضّل عدم القول
q-fb-outcome-error = يُرجى اختيار مدى رضاك، أو «أفضّل عدم القول»
q-fb-safety = مقارنةً بما كان من قبل، ما مدى شعورك بالأمان الآن؟
q-fb-safety-better = أكثر أمانًا من قبل
q-fb-safety-same = كما كان تقريبًا
q-fb-safety-worse = أقل أمانًا من قبل
q-fb-safety-prefer-not = أفضّل عدم القول
q-fb-safety-error = يُرجى اختيار إجابة، أو «أفضّل عدم القول»
q-fb-wellbeing = مقارنةً بما كان من قبل، كيف تشعر بشكل عام الآن؟
q-fb-wellbeing-better = أفضل من قبل
q-fb-wellbeing-same = كما كان تقريبًا
q-fb-wellbeing-worse = أسوأ من قبل
q-fb-wellbeing-prefer-not = أفضّل عدم القول
q-fb-wellbeing-error = يُرجى اختيار إجابة، أو «أفضّل عدم القول»
q-fb-coping = مقارنةً بما كان من قبل، ما مدى قدرتك الآن على التعامل مع ما حدث؟
q-fb-coping-better = أفضل من قبل
q-fb-coping-same = كما كان تقريبًا
q-fb-coping-worse = أسوأ من قبل
q-fb-coping-prefer-not = أفضّل عدم القول
q-fb-coping-error = يُرجى اختيار إجابة، أو «أفضّل عدم القول»
q-fb-confidence = مقارنةً بما كان من قبل، ما مدى ثقتك بالشرطة والمحاكم الآن؟
q-fb-confidence-better = ثقة أكبر من قبل
q-fb-confidence-same = كما كانت تقريبًا
q-fb-confidence-worse = ثقة أقل من قبل
q-fb-confidence-prefer-not = أفضّل عدم القول
q-fb-confidence-error = يُرجى اختيار إجابة، أو «أفضّل عدم القول»
feedback-gone-title = هذا الرابط لم يعد يعمل
feedback-gone-text = كل رابط لإبداء الرأي يعمل مرة واحدة فقط، ولبضعة أسابيع فقط. وإذا كنت ما زلت تريد أن تخبرنا كيف سارت الأمور، فيمكنك الاتصال بنا على الرقم { $phone }.
feedback-thanks-title = شكرًا لك
feedback-thanks-text = وصلتنا إجاباتك. وهي تساعدنا على تحسين الخدمة للشخص التالي.
