## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = এখনই শুরু করুন
button-continue = পরের ধাপে যান
button-send = পাঠান
button-carry-on = ফর্মটি চালিয়ে যান
button-skip = এই প্রশ্নগুলো বাদ দিন
link-back = ফিরে যান
select-choose = একটি মাস বেছে নিন
spam-trap-label = এই ঘরটি খালি রাখুন
offer-call-back = এর বদলে আপনি আমাদের বলতে পারেন আপনাকে ফোন করতে
check-change = বদলান
check-not-answered = উত্তর দেওয়া হয়নি
consent-privacy-link = আমরা আপনার তথ্য কীভাবে ব্যবহার করি, তা পড়ুন (গোপনীয়তা বিজ্ঞপ্তি)
textarea-count =
    আপনি { $max ->
        [one] { $max }টি অক্ষরের
       *[other] { $max }টি অক্ষরের
    } মধ্যে { $used }টি ব্যবহার করেছেন।

## Errors

error-summary-title = একটি সমস্যা আছে
error-prefix = সমস্যা:
error-title-prefix = সমস্যা:
error-choose-from-list = তালিকা থেকে একটি উত্তর বেছে নিন
error-too-long =
    সর্বোচ্চ { $count ->
        [one] { $count }টি অক্ষর
       *[other] { $count }টি অক্ষর
    } ব্যবহার করুন
error-phone = একটি ফোন নম্বর লিখুন, যেমন 07700 900 982 বা +48 601 234 567
error-email = একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
error-postcode = একটি পোস্টকোড লিখুন, যেমন B1 1BB
error-year = সালটি 4টি অঙ্কে লিখুন, যেমন 2024
error-years = কত বছর, তা একটি সংখ্যায় লিখুন, যেমন 3
error-crime-reference = ক্রাইম রেফারেন্সে শুধু অক্ষর, সংখ্যা, / আর - ব্যবহার করুন
error-reference = আপনার রেফারেন্স নম্বর লিখুন, যেমন RJ-HK4M-7TWX
error-date-future = অতীতের একটি তারিখ দিন
error-too-fast = দয়া করে আপনার উত্তরগুলো দেখে নিন, তারপর আবার পাঠান

## Start pages

start-referral-title = পুনরুদ্ধারমূলক ন্যায়বিচারের (restorative justice) জন্য আবেদন করুন
start-referral-body =
    আমরা আপনার সম্পর্কে, আর কী ঘটেছিল তা নিয়ে কিছু প্রশ্ন করব। এতে প্রায় ১৫ মিনিট লাগে।

    এর জন্য কোনো খরচ নেই। সব কথা গোপন থাকে। আপনি না চাইলে কিছুই হবে না, আর আপনি যেকোনো সময় থামতে পারেন।

    যা এখন বলতে চান না, তা বাদ দিতে পারেন। তারপর আমাদের দলের একজন সদস্য আপনার বেছে নেওয়া উপায়ে আপনার সাথে যোগাযোগ করবেন।
start-call-back-title = আমাদের বলুন আপনাকে ফোন করতে
start-call-back-body =
    আমাদের একটি ফোন নম্বর দিন, আর কখন ফোন করা সুবিধাজনক, তা জানান। এতে প্রায় ৩ মিনিট লাগে।

    আপনার প্রশ্নের উত্তর দিতে আমরা ফোন করব। ফোনে আপনাকে কোনো সিদ্ধান্ত নিতে হবে না।
start-withdrawal-title = আপনার আবেদন বন্ধ করুন
start-withdrawal-body =
    আপনি যেকোনো সময়, যেকোনো কারণে থামতে পারেন। কেন, তা আমাদের বলতে হবে না।

    আমরা আপনাকে যে রেফারেন্স নম্বর দিয়েছিলাম, সেটি লাগবে।
start-kept-for =
    আপনি এটি পূরণ করার সময় আমরা আপনার উত্তরগুলো আমাদের সার্ভারে সর্বোচ্চ { $hours ->
        [one] { $hours } ঘণ্টা
       *[other] { $hours } ঘণ্টা
    } রাখি। আপনি সেগুলো পাঠালে, বা "{ quick-exit }" চাপলে, সেগুলো মুছে ফেলা হয়।

## Referral: who it is for

q-for-whom = এটি কার জন্য?
q-for-whom-me = আমার জন্য
q-for-whom-someone-else = অন্য কারও জন্য, যিনি এতে রাজি আছেন
q-for-whom-error = এটি কার জন্য, তা বেছে নিন

step-referral-on-behalf = আপনার সম্পর্কে
q-relationship = আপনি ব্যক্তিটিকে কীভাবে চেনেন?
q-relationship-family = আমি পরিবারের সদস্য
q-relationship-friend = আমি বন্ধু
q-relationship-supporter = আমি তাঁকে সহায়তা করি (যেমন কেয়ারার বা অ্যাডভোকেট)
q-relationship-professional = আমি পেশাগতভাবে তাঁর সাথে কাজ করি
q-relationship-error = আপনি ব্যক্তিটিকে কীভাবে চেনেন, তা বেছে নিন
q-organisation-type = আপনি কোথায় কাজ করেন?
q-organisation-type-police = পুলিশ
q-organisation-type-probation = প্রবেশন
q-organisation-type-victim-care = ভুক্তভোগীদের সেবা বা সহায়তা
q-organisation-type-yot = Youth offending team (অল্পবয়সীদের জন্য কাউন্সিলের দল)
q-organisation-type-prison = কারাগার
q-organisation-type-csp = Community safety partnership (এলাকার নিরাপত্তা নিয়ে কাজ করা অংশীদারি)
q-organisation-type-health = স্বাস্থ্য পরিষেবা, যেমন জিপি বা হাসপাতাল
q-organisation-type-school = স্কুল বা কলেজ
q-organisation-type-other = অন্য কোথাও
q-organisation-type-error = আপনি কোথায় কাজ করেন, তা বেছে নিন
q-organisation-name = আপনার প্রতিষ্ঠানের নাম (ঐচ্ছিক)

step-referral-your-details = আপনার তথ্য
q-referrer-name = আপনার নাম
q-referrer-name-error = আপনার নাম লিখুন
q-referrer-phone = আপনার ফোন নম্বর
q-referrer-phone-error = আপনার ফোন নম্বর লিখুন
q-referrer-email = আপনার ইমেইল ঠিকানা (ঐচ্ছিক)

q-agreed = ব্যক্তিটি কি এই আবেদনে রাজি হয়েছেন?
q-agreed-hint = যিনি আমাদের সাহায্য চান, আমরা শুধু তাঁকেই সাহায্য করতে পারি। আপনি পুলিশ অফিসার হলে, আর এখনও তাঁকে জিজ্ঞেস না করে থাকলে, আমরা আপনার হয়ে তাঁকে জিজ্ঞেস করতে পারি।
q-agreed-yes = হ্যাঁ, তিনি রাজি
q-agreed-not-asked = আমি এখনও তাঁকে জিজ্ঞেস করিনি
q-agreed-no = না, তিনি রাজি নন
q-agreed-error = তিনি রাজি কিনা, তা বেছে নিন

step-referral-need-agreement = আগে ব্যক্তিটির সম্মতি দরকার
step-referral-need-agreement-body =
    পুনরুদ্ধারমূলক ন্যায়বিচার তখনই কাজ করে, যখন মানুষ নিজে এটি বেছে নেন। তাই ব্যক্তিটি জানলে আর রাজি থাকলে তবেই আমরা আবেদন নিতে পারি।

    আপনি তাঁকে এই ওয়েবসাইটের কথা বলতে পারেন, বা আমাদের ফোন নম্বর দিতে পারেন। তিনি নিজে যোগাযোগ করতে পারেন, অথবা আপনাকে এটি পাঠানোর অনুমতি দিতে পারেন।

    তাঁর নিরাপত্তা নিয়ে চিন্তা হলে, জরুরি অবস্থায় 999 নম্বরে ফোন করুন। জরুরি না হলে 101 নম্বরে ফোন করুন।

step-referral-we-will-ask = আমরা আপনার হয়ে তাঁকে জিজ্ঞেস করব
step-referral-we-will-ask-body =
    ধন্যবাদ। তাঁকে এখনও জিজ্ঞেস করা হয়নি, তাই আমরা আগে তাঁর সাথে যোগাযোগ করে জিজ্ঞেস করব, তিনি আমাদের সাহায্য চান কিনা। তিনি রাজি না হলে আর কিছুই হবে না।

    ফর্মটি চালিয়ে যান, আর আপনি যা জানেন তা আমাদের বলুন। যে বিষয়ে নিশ্চিত নন, তা বাদ দিতে পারেন।

## Referral: what happened

q-connection = যা ঘটেছিল, তার সাথে আপনি কীভাবে যুক্ত?
q-connection-harmed = আমার ক্ষতি হয়েছিল
q-connection-family-harmed = আমার পরিবারের কারও ক্ষতি হয়েছিল
q-connection-bereaved = আমার পরিবারের কেউ অপরাধের কারণে মারা গেছেন
q-connection-caused-harm = আমি ক্ষতি করেছিলাম
q-connection-other-affected = আমি অন্যভাবে এর শিকার হয়েছি
q-connection-error = আপনি কীভাবে যুক্ত, তা বেছে নিন
q-connection-them = যা ঘটেছিল, তার সাথে ব্যক্তিটি কীভাবে যুক্ত?
q-connection-them-harmed = তাঁর ক্ষতি হয়েছিল
q-connection-them-family-harmed = তাঁর পরিবারের কারও ক্ষতি হয়েছিল
q-connection-them-bereaved = তাঁর পরিবারের কেউ অপরাধের কারণে মারা গেছেন
q-connection-them-caused-harm = তিনি ক্ষতি করেছিলেন
q-connection-them-other-affected = তিনি অন্যভাবে এর শিকার হয়েছেন
q-connection-them-error = তিনি কীভাবে যুক্ত, তা বেছে নিন

step-referral-what-happened = কী ঘটেছিল
q-crime-type = কী ধরনের অপরাধ ছিল?
q-crime-type-hint = সবচেয়ে কাছাকাছি যেটি, সেটি বেছে নিন। বিস্তারিত বলতে হবে না।
q-crime-type-violence = সহিংসতা বা মারধর
q-crime-type-sexual = যৌন অপরাধ
q-crime-type-domestic-abuse = পারিবারিক নির্যাতন
q-crime-type-hate-crime = বিদ্বেষমূলক অপরাধ (hate crime)
q-crime-type-burglary = বাড়ি বা দোকানে ঢুকে চুরি
q-crime-type-robbery = ছিনতাই বা ডাকাতি
q-crime-type-theft = চুরি
q-crime-type-criminal-damage = সম্পত্তির ক্ষতি
q-crime-type-fraud-online = প্রতারণা বা অনলাইন অপরাধ
q-crime-type-harassment = হয়রানি বা পিছু নেওয়া (stalking)
q-crime-type-driving = গাড়ি চালানো নিয়ে অপরাধ
q-crime-type-asb = অসামাজিক আচরণ, যেমন শব্দ বা উৎপাত
q-crime-type-not-crime = এমন ক্ষতি যা অপরাধ নয়, যেমন স্কুলে বা কর্মস্থলে
q-crime-type-other = অন্য কিছু
q-crime-type-prefer-not = আমি বলতে চাই না
q-crime-type-error = অপরাধের ধরন বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন
q-markers = এর কোনোটি কি সত্যি? (ঐচ্ছিক)
q-markers-hate = আমার পরিচয়ের কারণে এটি ঘটেছিল, যেমন আমার জাতি, ধর্ম, প্রতিবন্ধিতা, যৌন অভিমুখিতা বা জেন্ডার
q-markers-online = এটি অনলাইনে ঘটেছিল
q-markers-domestic = এটি করেছিল সঙ্গী, প্রাক্তন সঙ্গী বা পরিবারের কেউ

step-referral-not-a-crime = আমরা অপরাধের পরে সাহায্য করি
step-referral-not-a-crime-body =
    আমাদের সেবা অপরাধের কারণে হওয়া ক্ষতির জন্য। স্কুলে, কর্মস্থলে বা বাড়িতে এমন ক্ষতি হলে, যা অপরাধ নয়, স্কুল, চাকরিদাতা বা স্থানীয় কোনো মধ্যস্থতা সেবা সাহায্য করতে পারে।

    তবুও আপনি আপনার তথ্য আমাদের পাঠাতে পারেন। আমরা তা পড়ে আপনাকে জানাব, কে সাহায্য করতে পারে।

step-referral-anti-social-behaviour = অসামাজিক আচরণ নিয়ে সাহায্য
step-referral-anti-social-behaviour-body =
    অসামাজিক আচরণ, যেমন প্রতিবেশীদের শব্দ বা উৎপাত, সাধারণত অপরাধ নয়। এর জন্য আপনার স্থানীয় কাউন্সিল বা হাউজিং সংস্থার প্রায়ই বিনা খরচের মধ্যস্থতা সেবা থাকে।

    তবুও আপনি আপনার তথ্য আমাদের পাঠাতে পারেন। আমরা তা পড়ে আপনাকে জানাব, কে সাহায্য করতে পারে।

step-referral-when = কখন ঘটেছিল
q-when = এটি কখন ঘটেছিল?
q-when-date = আমি মাস ও বছর জানি
q-when-years-ago = আমি মোটামুটি জানি, কত বছর আগে
q-when-not-sure = আমি নিশ্চিত নই
q-when-error = কখন ঘটেছিল, তা বেছে নিন
q-when-month = মাস
q-when-month-error = মাসটি বেছে নিন
q-when-year = বছর
q-when-year-hint = যেমন, 2024
q-when-year-error = বছরটি লিখুন
q-when-years = কত বছর আগে?
q-when-years-error = কত বছর আগে, তা লিখুন
q-how-long = এটি কত দিন ধরে চলেছিল? (ঐচ্ছিক)
q-how-long-hint = কিছু ক্ষতি একবারই হয়। কিছু ক্ষতি অনেক দিন ধরে চলে।
q-how-long-once = এটি একবার হয়েছিল, বা কয়েক দিন ধরে
q-how-long-up-to-3-years = এটি ৩ বছর পর্যন্ত চলেছিল
q-how-long-more-than-3-years = এটি ৩ বছরের বেশি সময় ধরে চলেছিল
q-how-long-not-sure = আমি নিশ্চিত নই
q-ongoing = এটি কি এখনও ঘটছে, অথবা আপনার কি চিন্তা হয় যে এটি আবার ঘটবে? (ঐচ্ছিক)
q-ongoing-yes = হ্যাঁ
q-ongoing-no = না
q-ongoing-not-sure = আমি নিশ্চিত নই

step-referral-police = পুলিশ ও আদালত
q-reported = এটি কি পুলিশকে জানানো হয়েছিল?
q-reported-hint = আমাদের সাহায্য চাইতে পুলিশকে জানানো না থাকলেও চলবে।
q-reported-yes = হ্যাঁ
q-reported-no = না
q-reported-not-sure = আমি নিশ্চিত নই
q-reported-error = হ্যাঁ, না, অথবা নিশ্চিত নই বেছে নিন
q-crime-reference = ক্রাইম রেফারেন্স নম্বর (ঐচ্ছিক)
q-crime-reference-hint = শুধু যদি নম্বরটি হাতের কাছে থাকে।
q-stage = এখন এটি নিয়ে কী হচ্ছে?
q-stage-not-reported = এটি পুলিশকে জানানো হয়নি
q-stage-investigating = পুলিশ তদন্ত করছে
q-stage-awaiting-court = এটি আদালতে ওঠার অপেক্ষায় আছে
q-stage-prison = কাউকে কারাগারে পাঠানো হয়েছে
q-stage-community = কাউকে কমিউনিটি সাজা (community sentence) দেওয়া হয়েছে
q-stage-finished = সব শেষ হয়ে গেছে
q-stage-no-further-action = পুলিশ আর কোনো পদক্ষেপ নেয়নি
q-stage-dont-know = আমি জানি না
q-stage-error = এখন কী হচ্ছে, তা বেছে নিন
q-agencies = পুলিশ ছাড়াও কি অন্য কোনো সেবা এর সাথে যুক্ত আছে? (ঐচ্ছিক)
q-agencies-hint = যেমন, সোশ্যাল সার্ভিসেস, সহায়তাকর্মী, মানসিক স্বাস্থ্য দল বা স্কুল।
q-agencies-yes = হ্যাঁ
q-agencies-no = না
q-agencies-not-sure = আমি নিশ্চিত নই

step-referral-where = কোথায়
q-area-happened = এটি কোথায় ঘটেছিল?
q-area-happened-error = কোথায় ঘটেছিল, তা বেছে নিন
q-area-lives = আপনি কোথায় থাকেন?
q-area-lives-error = আপনি কোথায় থাকেন, তা বেছে নিন
q-area-lives-them = ব্যক্তিটি কোথায় থাকেন?
q-area-lives-them-error = তিনি কোথায় থাকেন, তা বেছে নিন
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
q-area-happened-elsewhere = অন্য কোথাও
q-area-happened-not-sure = আমি নিশ্চিত নই
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
q-area-lives-elsewhere = অন্য কোথাও
q-area-lives-not-sure = আমি নিশ্চিত নই

step-referral-outside-area = West Midlands-এর বাইরে সাহায্য
step-referral-outside-area-body =
    আমরা West Midlands-এ কাজ করি। England ও Wales জুড়ে পুনরুদ্ধারমূলক ন্যায়বিচারের সেবা আছে। আমরা আপনার তথ্য আপনার কাছাকাছি সেবার কাছে পাঠাতে পারি।

    তবুও আপনি আপনার তথ্য আমাদের পাঠাতে পারেন। আমরা সঠিক সেবার সাথে কথা বলে আপনাকে জানাব।

step-referral-other-person = অন্য ব্যক্তি
q-other-age = যে ব্যক্তি ক্ষতি করেছে, তার বয়স কত?
q-other-age-hint = আপনি যদি ক্ষতি করে থাকেন, তাহলে যাঁর ক্ষতি করেছেন, তাঁর কথা বলুন।
q-other-age-under-18 = ১৮ বছরের কম
q-other-age-adult = ১৮ বছর বা তার বেশি
q-other-age-dont-know = আমি জানি না
q-other-age-error = একটি বয়স বেছে নিন, অথবা "আমি জানি না" বেছে নিন
q-other-age-them = যে ব্যক্তি ক্ষতি করেছে, তার বয়স কত?
q-other-age-them-hint = আপনি যাঁকে রেফার করছেন, তিনি যদি ক্ষতি করে থাকেন, তাহলে তিনি যাঁর ক্ষতি করেছেন, তাঁর কথা বলুন।
q-other-age-them-error = একটি বয়স বেছে নিন, অথবা "আমি জানি না" বেছে নিন
q-other-known = ওই ব্যক্তি কে, তা কি আপনি জানেন?
q-other-known-yes = হ্যাঁ
q-other-known-no = না
q-other-known-not-sure = আমি নিশ্চিত নই
q-other-known-error = হ্যাঁ, না, অথবা নিশ্চিত নই বেছে নিন
q-how-many = কতজন মানুষ ক্ষতি করেছিল?
q-how-many-one = একজন
q-how-many-two-or-three = ২ বা ৩ জন
q-how-many-more-than-three = ৩ জনের বেশি
q-how-many-dont-know = আমি জানি না
q-how-many-error = কতজন, তা বেছে নিন
q-how-many-harmed = কতজন মানুষের ক্ষতি হয়েছিল? (ঐচ্ছিক)
q-how-many-harmed-one = একজন
q-how-many-harmed-two-or-three = ২ বা ৩ জন
q-how-many-harmed-more-than-three = ৩ জনের বেশি
q-how-many-harmed-dont-know = আমি জানি না
q-vulnerable = এর সাথে যুক্ত কারও কি নিরাপদে অংশ নিতে বাড়তি যত্নের দরকার আছে? (ঐচ্ছিক)
q-vulnerable-hint = যেমন, তাঁদের বয়স, কোনো প্রতিবন্ধিতা বা তাঁদের মানসিক স্বাস্থ্যের কারণে।
q-vulnerable-yes = হ্যাঁ
q-vulnerable-no = না
q-vulnerable-not-sure = আমি নিশ্চিত নই

step-referral-young-person = যখন কোনো অল্পবয়সী ক্ষতি করেছে
step-referral-young-person-body =
    ক্ষতি করা ব্যক্তির বয়স ১৮-র কম হলে, সাধারণত স্থানীয় youth offending team দায়িত্ব নেয়। এটি আইন ভেঙেছে এমন ১৮ বছরের কম বয়সীদের জন্য কাউন্সিলের দল। আমরা আগে তাদের সাথে কথা বলব, আর নিশ্চিত করব যে আপনি সঠিক সাহায্য পান।

    তবুও আপনি আপনার তথ্য আমাদের পাঠাতে পারেন।

## Referral: in your own words, about you

step-referral-own-words = আপনার নিজের কথায় (ঐচ্ছিক)
q-story = কী ঘটেছিল?
q-story-hint = শুধু যতটুকু বলতে চান, ততটুকুই বলুন। আপনি এটি খালি রাখতে পারেন।
q-hopes = আপনি কী হোক বলে চান?
q-hopes-hint = যেমন, কোনো প্রশ্ন করা, নিজের কথা শোনানো, বা দুঃখপ্রকাশ পাওয়া।
q-hopes-them = ব্যক্তিটি কী হোক বলে চান?
q-hopes-them-hint = যেমন, কোনো প্রশ্ন করা, নিজের কথা শোনানো, বা দুঃখপ্রকাশ পাওয়া।

step-referral-about-you = আপনার সম্পর্কে
step-referral-about-you-them = ব্যক্তিটির সম্পর্কে
q-name = আমরা আপনাকে কী নামে ডাকব?
q-name-hint = এটি আপনার নামের প্রথম অংশ হতে পারে, বা আপনার পছন্দের কোনো নাম।
q-name-error = আমরা আপনাকে কী নামে ডাকব, তা লিখুন
q-name-them = আমরা ব্যক্তিটিকে কী নামে ডাকব?
q-name-them-hint = এটি তাঁর নামের প্রথম অংশ হতে পারে, বা তাঁর পছন্দের কোনো নাম।
q-name-them-error = আমরা ব্যক্তিটিকে কী নামে ডাকব, তা লিখুন
q-age-band = আপনার বয়স কত?
q-age-band-under-18 = ১৮ বছরের কম
q-age-band-18-24 = ১৮ থেকে ২৪
q-age-band-25-34 = ২৫ থেকে ৩৪
q-age-band-35-44 = ৩৫ থেকে ৪৪
q-age-band-45-54 = ৪৫ থেকে ৫৪
q-age-band-55-64 = ৫৫ থেকে ৬৪
q-age-band-65-plus = ৬৫ বা তার বেশি
q-age-band-prefer-not = আমি বলতে চাই না
q-age-band-error = আপনার বয়স বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন
q-age-band-them = তাঁর বয়স কত?
q-age-band-them-error = তাঁর বয়স বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন

step-referral-under-18 = আপনার বয়স ১৮-র কম হলে
step-referral-under-18-body =
    যেকোনো বয়সে আপনি পুনরুদ্ধারমূলক ন্যায়বিচারে অংশ নিতে পারেন। মা-বাবার অনুমতি লাগবে না।

    আপনি চাইলে, আমরা নিশ্চিত করব যে সহায়তার জন্য একজন প্রাপ্তবয়স্ক আপনার সাথে থাকেন, যেমন মা-বাবা, কেয়ারার বা ইয়ুথ ওয়ার্কার।

step-referral-under-18-them = ব্যক্তিটির বয়স ১৮-র কম হলে
step-referral-under-18-them-body =
    যেকোনো বয়সের যে কেউ পুনরুদ্ধারমূলক ন্যায়বিচারে অংশ নিতে পারেন। তাঁর মা-বাবার অনুমতি লাগবে না।

    তিনি চাইলে, আমরা নিশ্চিত করব যে সহায়তার জন্য একজন প্রাপ্তবয়স্ক তাঁর সাথে থাকেন, যেমন মা-বাবা, কেয়ারার বা ইয়ুথ ওয়ার্কার।

## Referral: contacting you safely

step-referral-contact = কীভাবে আপনার সাথে যোগাযোগ করব
step-referral-contact-them = কীভাবে ব্যক্তিটির সাথে যোগাযোগ করব
q-contact-ways = আমরা কীভাবে আপনার সাথে যোগাযোগ করতে পারি?
q-contact-ways-hint = আপনার জন্য নিরাপদ এমন সব উপায় বেছে নিন।
q-contact-ways-phone = ফোন কল
q-contact-ways-text = টেক্সট মেসেজ
q-contact-ways-email = ইমেইল
q-contact-ways-letter = চিঠি
q-contact-ways-error = যোগাযোগের অন্তত একটি উপায় বেছে নিন
q-contact-ways-them = আমরা কীভাবে তাঁর সাথে যোগাযোগ করতে পারি?
q-contact-ways-them-hint = তাঁর জন্য নিরাপদ এমন সব উপায় বেছে নিন।
q-contact-ways-them-error = তাঁর সাথে যোগাযোগের অন্তত একটি উপায় বেছে নিন
q-phone = ফোন নম্বর
q-phone-error = একটি ফোন নম্বর লিখুন
q-email = ইমেইল ঠিকানা
q-email-error = একটি ইমেইল ঠিকানা লিখুন
q-address = ঠিকানা
q-address-error = আপনার ঠিকানা লিখুন
q-address-them = তাঁর ঠিকানা
q-address-them-error = তাঁর ঠিকানা লিখুন
q-postcode = পোস্টকোড
q-postcode-error = আপনার পোস্টকোড লিখুন
q-postcode-them = তাঁর পোস্টকোড
q-postcode-them-error = তাঁর পোস্টকোড লিখুন

step-referral-contact-safety = নিরাপদে যোগাযোগ
q-voicemail-ok = আমরা ভয়েস মেসেজ রেখে গেলে বা টেক্সট পাঠালে কি তা নিরাপদ?
q-voicemail-ok-hint = কোনো মেসেজে আমরা কখনও বলব না, এটি কী বিষয়ে।
q-voicemail-ok-yes = হ্যাঁ
q-voicemail-ok-no = না
q-voicemail-ok-error = হ্যাঁ বা না বেছে নিন
q-email-ok = আপনাকে ইমেইল করা কি নিরাপদ?
q-email-ok-yes = হ্যাঁ
q-email-ok-no = না
q-email-ok-error = হ্যাঁ বা না বেছে নিন
q-email-ok-them = তাঁকে ইমেইল করা কি নিরাপদ?
q-email-ok-them-error = হ্যাঁ বা না বেছে নিন
q-safe-times = কখন আপনার সাথে যোগাযোগ করা নিরাপদ? (ঐচ্ছিক)
q-safe-times-hint = যেমন, সোম থেকে শুক্রবার দুপুর ২টার পরে।
q-safe-times-them = কখন তাঁর সাথে যোগাযোগ করা নিরাপদ? (ঐচ্ছিক)
q-safe-times-them-hint = যেমন, সোম থেকে শুক্রবার দুপুর ২টার পরে।
q-caller-notes = যিনি ফোন করবেন, তাঁর কী বলা উচিত বা উচিত নয়? (ঐচ্ছিক)
q-caller-notes-hint = যেমন, "বলবেন যে ডাক্তারের অফিস থেকে ফোন করছেন" বা "Sam-কে চাইবেন"।

## Referral: your needs, your safety

step-referral-needs = আমাদের কাছ থেকে আপনার যা দরকার
step-referral-needs-them = আমাদের কাছ থেকে তাঁর যা দরকার
q-language = আপনি কোন ভাষা ব্যবহার করতে চান? (ঐচ্ছিক)
q-language-them = তিনি কোন ভাষা ব্যবহার করতে চান? (ঐচ্ছিক)
q-interpreter = আপনি কি দোভাষী চান?
q-interpreter-yes = হ্যাঁ
q-interpreter-no = না
q-interpreter-error = হ্যাঁ বা না বেছে নিন
q-interpreter-them = তিনি কি দোভাষী চান?
q-interpreter-them-error = হ্যাঁ বা না বেছে নিন
q-bsl = আপনি কি British Sign Language (BSL, ব্রিটিশ সাংকেতিক ভাষা) ব্যবহার করেন?
q-bsl-yes = হ্যাঁ
q-bsl-no = না
q-bsl-error = হ্যাঁ বা না বেছে নিন
q-bsl-them = তিনি কি British Sign Language (BSL, ব্রিটিশ সাংকেতিক ভাষা) ব্যবহার করেন?
q-bsl-them-error = হ্যাঁ বা না বেছে নিন
q-access = এর কোনোটি কি আপনার কাজে আসবে? (ঐচ্ছিক)
q-access-them = এর কোনোটি কি তাঁর কাজে আসবে? (ঐচ্ছিক)
q-access-large-print = বড় অক্ষরে ছাপা
q-access-easy-read = সহজে পড়ার মতো লেখা (Easy Read)
q-access-hearing = শোনার জন্য সাহায্য
q-access-sight = দেখার জন্য সাহায্য
q-access-mobility = চলাফেরার জন্য সাহায্য
q-access-learning-disability = শেখার প্রতিবন্ধিতার (learning disability) জন্য সহায়তা
q-access-mental-health = মানসিক স্বাস্থ্যের জন্য সহায়তা
q-support-person = আপনি কি চান, সহায়তার জন্য কেউ আপনার সাথে থাকুক?
q-support-person-hint = যেমন, বন্ধু, পরিবারের সদস্য বা সহায়তাকর্মী।
q-support-person-yes = হ্যাঁ
q-support-person-no = না
q-support-person-error = হ্যাঁ বা না বেছে নিন
q-support-person-them = তিনি কি চান, সহায়তার জন্য কেউ তাঁর সাথে থাকুক?
q-support-person-them-hint = যেমন, বন্ধু, পরিবারের সদস্য বা সহায়তাকর্মী।
q-support-person-them-error = হ্যাঁ বা না বেছে নিন

q-safe-now = আপনি কি এই মুহূর্তে নিরাপদে আছেন?
q-safe-now-yes = হ্যাঁ
q-safe-now-no = না
q-safe-now-not-sure = আমি নিশ্চিত নই
q-safe-now-error = হ্যাঁ, না, অথবা নিশ্চিত নই বেছে নিন
q-safe-now-them = ব্যক্তিটি কি এই মুহূর্তে নিরাপদে আছেন?
q-safe-now-them-error = হ্যাঁ, না, অথবা নিশ্চিত নই বেছে নিন

step-referral-not-safe = এখনই সাহায্য নিন
step-referral-not-safe-body =
    আপনি বিপদে থাকলে, এখনই 999 নম্বরে ফোন করুন।

    কথা বলতে না পারলে, মোবাইল থেকে 999 নম্বরে ফোন করুন। কারও গলা শুনলে 55 চাপুন। এতে পুলিশ বুঝবে যে এটি সত্যিই জরুরি অবস্থা।

    জরুরি না হলে, 101 নম্বরে পুলিশকে ফোন করুন।

    আপনি প্রস্তুত হলে, এই ফর্মটি চালিয়ে যেতে পারেন। আপনার সাথে যোগাযোগের সময় আমরা বাড়তি সাবধান থাকব।

step-referral-not-safe-them = এখনই সাহায্য নিন
step-referral-not-safe-them-body =
    ব্যক্তিটি বিপদে থাকলে, এখনই 999 নম্বরে ফোন করুন।

    জরুরি না হলে, 101 নম্বরে পুলিশকে ফোন করুন।

    আপনি প্রস্তুত হলে, এই ফর্মটি চালিয়ে যেতে পারেন। তাঁর সাথে যোগাযোগের সময় আমরা বাড়তি সাবধান থাকব।

## Referral: check, consent, send

step-referral-check = আপনার উত্তরগুলো দেখে নিন
step-referral-consent = আপনার সম্মতি
step-referral-consent-body =
    অংশ নেওয়া আপনার সিদ্ধান্ত। আপনি যেকোনো সময় থামতে পারেন, এটি পাঠানোর পরেও।

    আমরা আপনার উত্তরগুলো ব্যবহার করব আপনার সাথে যোগাযোগ করতে, আর এরপর কী হবে তার পরিকল্পনা করতে। আমরা সেগুলো নিরাপদে রাখি। শুধু দরকার হলেই শেয়ার করি, যেমন কাউকে ক্ষতি থেকে রক্ষা করতে।
q-consent = আপনার সম্মতি
q-consent-agree = পুনরুদ্ধারমূলক ন্যায়বিচার নিয়ে আমার সাথে যোগাযোগ করতে আপনারা আমার উত্তরগুলো ব্যবহার করবেন, এতে আমি রাজি
q-consent-error = রাজি থাকলে ঘরে টিক দিন, যাতে আমরা আপনার সাথে যোগাযোগ করতে পারি
step-referral-consent-them = এই আবেদনটি পাঠানো
step-referral-consent-them-body =
    অংশ নেওয়া সবসময় ব্যক্তিটির নিজের সিদ্ধান্ত। তিনি যেকোনো সময় থামতে পারেন, আপনি এটি পাঠানোর পরেও।

    আমরা এই উত্তরগুলো ব্যবহার করব ব্যক্তিটির সাথে, আর দরকার হলে আপনার সাথে, যোগাযোগ করতে, আর এরপর কী হবে তার পরিকল্পনা করতে। আমরা সেগুলো নিরাপদে রাখি। শুধু দরকার হলেই শেয়ার করি, যেমন কাউকে ক্ষতি থেকে রক্ষা করতে।
q-consent-them = আপনার সম্মতি
q-consent-them-agree = পুনরুদ্ধারমূলক ন্যায়বিচার নিয়ে ব্যক্তিটির সাথে, আর দরকার হলে আমার সাথে, যোগাযোগ করতে আপনারা এই উত্তরগুলো ব্যবহার করবেন, এতে আমি রাজি
q-consent-them-error = রাজি থাকলে ঘরে টিক দিন, যাতে আমরা ব্যক্তিটির সাথে যোগাযোগ করতে পারি

## Call back

step-call-back-your-details = আপনার তথ্য
step-call-back-when = কখন ফোন করব
q-call-days = কোন দিনগুলো আপনার জন্য সবচেয়ে ভালো? (ঐচ্ছিক)
q-call-days-monday = সোমবার
q-call-days-tuesday = মঙ্গলবার
q-call-days-wednesday = বুধবার
q-call-days-thursday = বৃহস্পতিবার
q-call-days-friday = শুক্রবার
q-call-times = দিনের কোন সময় সবচেয়ে ভালো? (ঐচ্ছিক)
q-call-times-morning = সকাল
q-call-times-lunchtime = দুপুরের খাবারের সময়
q-call-times-afternoon = বিকেল
step-call-back-language = ভাষা
q-call-reason = আপনি কী নিয়ে কথা বলতে চান? (ঐচ্ছিক)
q-call-reason-hint = কয়েকটি কথাই যথেষ্ট। আপনি এটি খালি রাখতে পারেন।
step-call-back-check = আপনার উত্তরগুলো দেখে নিন
step-call-back-consent = আপনার সম্মতি
step-call-back-consent-body =
    আমরা আপনার ফোন নম্বর শুধু পুনরুদ্ধারমূলক ন্যায়বিচার নিয়ে আপনাকে ফোন করার জন্য ব্যবহার করব।

## Withdrawal

step-withdrawal-details = আপনার আবেদন বন্ধ করুন
step-withdrawal-details-body =
    আপনার রেফারেন্স নম্বর দিন, আর আমরা কীভাবে যাচাই করতে পারি যে এটি আপনিই, তা জানান। এখানে আমরা আপনাকে আপনার আবেদন সম্পর্কে কিছুই দেখাব না।
q-reference = আপনার রেফারেন্স নম্বর
q-reference-hint = এটি RJ দিয়ে শুরু হয়, যেমন RJ-HK4M-7TWX
q-reference-error = আপনার রেফারেন্স নম্বর লিখুন
q-withdraw-contact = আপনার ফোন নম্বর বা ইমেইল ঠিকানা
q-withdraw-contact-hint = যেটি আপনি আমাদের দিয়েছিলেন, যাতে আমরা যাচাই করতে পারি যে এটি আপনিই।
q-withdraw-contact-error = আপনার ফোন নম্বর বা ইমেইল ঠিকানা লিখুন
q-withdraw-reason = আপনি কেন থামতে চান? (ঐচ্ছিক)
q-withdraw-reason-hint = আমাদের বলতে হবে না।
q-withdraw-confirm = নিশ্চিত করুন
q-withdraw-confirm-confirm = আমি আমার আবেদন বন্ধ করতে চাই
q-withdraw-confirm-error = আপনি থামতে চাইলে, নিশ্চিত করতে ঘরে টিক দিন

## Confirmation

sent-referral-title = আমরা আপনার আবেদন পেয়েছি
sent-call-back-title = আমরা আপনাকে ফোন করব
sent-withdrawal-title = আবেদন বন্ধ করার অনুরোধ আমরা পেয়েছি
sent-reference = আপনার রেফারেন্স নম্বর হলো
sent-keep-reference = এই নম্বরটি নিরাপদে রাখুন। এ নিয়ে আমাদের সাথে যোগাযোগ করলে এটি লাগবে।
sent-next-heading = এরপর কী হবে
sent-referral-next = আপনি যে উপায়কে নিরাপদ বলেছেন, সেভাবে আমাদের দলের একজন সদস্য { $date } তারিখের মধ্যে আপনার সাথে যোগাযোগ করবেন।
sent-call-back-next = আমরা { $date } তারিখের মধ্যে আপনাকে ফোন করব।
sent-withdrawal-next = আমরা আপনার আবেদনের কাজ বন্ধ করব। আপনার সাথে যোগাযোগ করা নিরাপদ হলে, { $date } তারিখের মধ্যে তা নিশ্চিত করে জানাব।
sent-contact-heading = যোগাযোগ করুন
sent-withdraw-heading = আপনি মত বদলালে
sent-withdraw-text = আপনি যেকোনো সময় থামতে পারেন।
sent-withdraw-link = আপনার আবেদন বন্ধ করুন
sent-support-heading = অপেক্ষার সময় সহায়তা
sent-support-text = আপনি পুনরুদ্ধারমূলক ন্যায়বিচারে অংশ নিন বা না নিন, যেকোনো সময় Victim Support (অপরাধে ক্ষতিগ্রস্তদের সাহায্যকারী দাতব্য সংস্থা) থেকে বিনা খরচে সহায়তা পেতে পারেন। জরুরি অবস্থায় 999 নম্বরে ফোন করুন।
sent-print = মনে রাখার জন্য, আপনার রেফারেন্স নম্বর লিখে রাখুন, বা এই পাতাটি প্রিন্ট করুন।
sent-equality-heading = আমাদের ন্যায্য থাকতে সাহায্য করুন (ঐচ্ছিক)
sent-equality-text = আপনার সম্পর্কে কয়েকটি প্রশ্নের উত্তর আমাদের যাচাই করতে সাহায্য করে, আমরা সবার প্রতি ন্যায্য কিনা। আপনার উত্তরগুলো আপনার আবেদন থেকে আলাদা রাখা হয়।
sent-equality-link = সমতা নিয়ে প্রশ্নগুলোর উত্তর দিন
sent-home-link = হোম পেজে যান

## Equality monitoring

step-referral-equality = আমাদের ন্যায্য থাকতে সাহায্য করুন
step-referral-equality-body =
    এই প্রশ্নগুলো ঐচ্ছিক। আপনার উত্তরগুলো আপনার আবেদন থেকে আলাদা রাখা হয়। আমরা কতজনকে সাহায্য করি, শুধু তা গোনার জন্য এগুলো ব্যবহার করা হয়।
q-eq-age = আপনার বয়স কত?
q-eq-age-under-18 = ১৮ বছরের কম
q-eq-age-18-24 = ১৮ থেকে ২৪
q-eq-age-25-34 = ২৫ থেকে ৩৪
q-eq-age-35-44 = ৩৫ থেকে ৪৪
q-eq-age-45-54 = ৪৫ থেকে ৫৪
q-eq-age-55-64 = ৫৫ থেকে ৬৪
q-eq-age-65-plus = ৬৫ বা তার বেশি
q-eq-age-prefer-not = আমি বলতে চাই না
q-eq-sex = আপনার লিঙ্গ কী?
q-eq-sex-female = নারী
q-eq-sex-male = পুরুষ
q-eq-sex-prefer-not = আমি বলতে চাই না
q-eq-gender-same = আপনি নিজেকে যে জেন্ডারের বলে মনে করেন, তা কি জন্মের সময় নিবন্ধিত লিঙ্গের সাথে একই?
q-eq-gender-same-yes = হ্যাঁ
q-eq-gender-same-no = না
q-eq-gender-same-prefer-not = আমি বলতে চাই না
q-eq-ethnicity = আপনার জাতিগত পরিচয় কী?
q-eq-ethnicity-white-british = শ্বেতাঙ্গ: ইংলিশ, ওয়েলশ, স্কটিশ, নর্দার্ন আইরিশ বা ব্রিটিশ
q-eq-ethnicity-white-irish = শ্বেতাঙ্গ: আইরিশ
q-eq-ethnicity-white-gypsy-traveller = শ্বেতাঙ্গ: জিপসি বা আইরিশ ট্রাভেলার
q-eq-ethnicity-white-roma = শ্বেতাঙ্গ: রোমা
q-eq-ethnicity-white-other = শ্বেতাঙ্গ: অন্য যেকোনো শ্বেতাঙ্গ পটভূমি
q-eq-ethnicity-mixed-white-black-caribbean = মিশ্র: শ্বেতাঙ্গ ও কৃষ্ণাঙ্গ ক্যারিবিয়ান
q-eq-ethnicity-mixed-white-black-african = মিশ্র: শ্বেতাঙ্গ ও কৃষ্ণাঙ্গ আফ্রিকান
q-eq-ethnicity-mixed-white-asian = মিশ্র: শ্বেতাঙ্গ ও এশীয়
q-eq-ethnicity-mixed-other = মিশ্র: অন্য যেকোনো মিশ্র বা একাধিক পটভূমি
q-eq-ethnicity-asian-indian = এশীয় বা এশীয় ব্রিটিশ: ভারতীয়
q-eq-ethnicity-asian-pakistani = এশীয় বা এশীয় ব্রিটিশ: পাকিস্তানি
q-eq-ethnicity-asian-bangladeshi = এশীয় বা এশীয় ব্রিটিশ: বাংলাদেশি
q-eq-ethnicity-asian-chinese = এশীয় বা এশীয় ব্রিটিশ: চীনা
q-eq-ethnicity-asian-other = এশীয় বা এশীয় ব্রিটিশ: অন্য যেকোনো এশীয় পটভূমি
q-eq-ethnicity-black-african = কৃষ্ণাঙ্গ, কৃষ্ণাঙ্গ ব্রিটিশ, ক্যারিবিয়ান বা আফ্রিকান: আফ্রিকান
q-eq-ethnicity-black-caribbean = কৃষ্ণাঙ্গ, কৃষ্ণাঙ্গ ব্রিটিশ, ক্যারিবিয়ান বা আফ্রিকান: ক্যারিবিয়ান
q-eq-ethnicity-black-other = কৃষ্ণাঙ্গ, কৃষ্ণাঙ্গ ব্রিটিশ, ক্যারিবিয়ান বা আফ্রিকান: অন্য যেকোনো পটভূমি
q-eq-ethnicity-other-arab = অন্য জাতিগোষ্ঠী: আরব
q-eq-ethnicity-other-any = অন্য যেকোনো জাতিগোষ্ঠী
q-eq-ethnicity-prefer-not = আমি বলতে চাই না
q-eq-disability = আপনার কি কোনো প্রতিবন্ধিতা বা দীর্ঘমেয়াদি স্বাস্থ্য সমস্যা আছে?
q-eq-disability-yes = হ্যাঁ
q-eq-disability-no = না
q-eq-disability-prefer-not = আমি বলতে চাই না

## Too many tries

busy-title = দয়া করে একটু অপেক্ষা করুন
busy-text =
    অল্প সময়ের মধ্যে আপনার সংযোগ থেকে আমরা অনেক উত্তর পেয়েছি। দয়া করে { $minutes ->
        [one] { $minutes } মিনিট
       *[other] { $minutes } মিনিট
    } অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।
busy-back = আপনার উত্তরগুলোতে ফিরে যেতে ব্রাউজারের Back (পেছনে যাওয়ার) বোতাম ব্যবহার করুন। উত্তরগুলো এখনও সেখানে আছে।

## Our database is not answering

store-down-title = এই মুহূর্তে আমরা আপনার উত্তরগুলো সংরক্ষণ করতে পারছি না
store-down-text = আমাদের দিকে একটি সমস্যা হয়েছে। আগের পাতাগুলোতে আপনি যে উত্তরগুলো দিয়েছেন, সেগুলো রাখা আছে। এই পাতায় আপনি যা লিখেছেন, তা এখনও আপনার ব্রাউজারে আছে: সেখানে ফিরে যেতে ব্রাউজারের Back (পেছনে যাওয়ার) বোতাম ব্যবহার করুন, তারপর কয়েক মিনিট পরে আবার চেষ্টা করুন। বারবার এমন হলে { $phone } নম্বরে আমাদের ফোন করুন।


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = সবকিছু কেমন হয়েছে, আমাদের জানান
feedback-intro = অংশ নেওয়ার জন্য আপনাকে ধন্যবাদ। আপনার উত্তরগুলো অন্য মানুষদের জন্য আমাদের সেবা আরও ভালো করতে সাহায্য করে। আমরা শুধু উত্তরগুলো গুনে দেখি: কেউ এগুলো আপনার নামের সাথে মিলিয়ে পড়ে না।
feedback-prefer-not = যেকোনো প্রশ্নে আপনি "আমি বলতে চাই না" বেছে নিতে পারেন।
q-fb-service = আমরা আপনাকে যে সেবা দিয়েছি, তাতে আপনি কতটা সন্তুষ্ট?
q-fb-service-very-satisfied = খুব সন্তুষ্ট
q-fb-service-satisfied = সন্তুষ্ট
q-fb-service-neither = সন্তুষ্টও নই, অসন্তুষ্টও নই
q-fb-service-dissatisfied = অসন্তুষ্ট
q-fb-service-very-dissatisfied = খুব অসন্তুষ্ট
q-fb-service-prefer-not = আমি বলতে চাই না
q-fb-service-error = আপনি কতটা সন্তুষ্ট তা বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন
q-fb-outcome = শেষ পর্যন্ত যা হয়েছে, তাতে আপনি কতটা সন্তুষ্ট?
q-fb-outcome-very-satisfied = খুব সন্তুষ্ট
q-fb-outcome-satisfied = সন্তুষ্ট
q-fb-outcome-neither = সন্তুষ্টও নই, অসন্তুষ্টও নই
q-fb-outcome-dissatisfied = অসন্তুষ্ট
q-fb-outcome-very-dissatisfied = খুব অসন্তুষ্ট
q-fb-outcome-prefer-not = আমি বলতে চাই না
q-fb-outcome-error = আপনি কতটা সন্তুষ্ট তা বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন
q-fb-safety = আগের তুলনায়, এখন আপনি নিজেকে কতটা নিরাপদ মনে করেন?
q-fb-safety-better = আগের চেয়ে বেশি নিরাপদ
q-fb-safety-same = প্রায় আগের মতোই
q-fb-safety-worse = আগের চেয়ে কম নিরাপদ
q-fb-safety-prefer-not = আমি বলতে চাই না
q-fb-safety-error = একটি উত্তর বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন
q-fb-wellbeing = আগের তুলনায়, এখন আপনি নিজে কেমন আছেন?
q-fb-wellbeing-better = আগের চেয়ে ভালো
q-fb-wellbeing-same = প্রায় আগের মতোই
q-fb-wellbeing-worse = আগের চেয়ে খারাপ
q-fb-wellbeing-prefer-not = আমি বলতে চাই না
q-fb-wellbeing-error = একটি উত্তর বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন
q-fb-coping = আগের তুলনায়, যা ঘটেছে তা এখন আপনি কতটা ভালোভাবে সামলাতে পারেন?
q-fb-coping-better = আগের চেয়ে ভালো
q-fb-coping-same = প্রায় আগের মতোই
q-fb-coping-worse = আগের চেয়ে খারাপ
q-fb-coping-prefer-not = আমি বলতে চাই না
q-fb-coping-error = একটি উত্তর বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন
q-fb-confidence = আগের তুলনায়, পুলিশ ও আদালতের ওপর এখন আপনার কতটা আস্থা আছে?
q-fb-confidence-better = আগের চেয়ে বেশি আস্থা
q-fb-confidence-same = প্রায় আগের মতোই
q-fb-confidence-worse = আগের চেয়ে কম আস্থা
q-fb-confidence-prefer-not = আমি বলতে চাই না
q-fb-confidence-error = একটি উত্তর বেছে নিন, অথবা "আমি বলতে চাই না" বেছে নিন
feedback-gone-title = এই লিংকটি আর কাজ করে না
feedback-gone-text = মতামত দেওয়ার প্রতিটি লিংক শুধু একবার কাজ করে, আর তাও মাত্র কয়েক সপ্তাহের জন্য। সবকিছু কেমন হয়েছে, তা যদি এখনও আমাদের জানাতে চান, তাহলে { $phone } নম্বরে আমাদের ফোন করুন।
feedback-thanks-title = ধন্যবাদ
feedback-thanks-text = আমরা আপনার উত্তরগুলো পেয়েছি। এগুলো পরের মানুষটির জন্য আমাদের সেবা আরও ভালো করতে সাহায্য করে।
