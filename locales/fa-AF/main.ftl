## Shared by every page

language-name = دری
language-switcher-label = زبان را انتخاب کنید
skip-to-content = رفتن به مطلب اصلی
quick-exit = خروج از این ویب‌سایت
quick-exit-keyboard = همین حالا از این ویب‌سایت خارج شوید
quick-exit-hint = یا ۳ بار دکمه Shift را فشار بدهید
contact-phone-label = تیلفون رایگان:
contact-email-label = ایمیل:
footer-nav-label = درباره این ویب‌سایت
footer-privacy = حریم خصوصی
footer-accessibility = دسترسی
footer-cookies = کوکی‌ها
footer-complaints = شکایت
footer-contact = تماس با ما
footer-promise = رایگان، محرمانه و به انتخاب خود شما.

## Home page

home-title = عدالت ترمیمی: کمک بعد از جرم
promise-free = رایگان است.
promise-confidential = محرمانه است. چیزی را که به ما می‌گویید، مصئون نگه می‌داریم.
promise-choice = انتخاب به دست خود شماست. هر وقت بخواهید، می‌توانید آن را متوقف کنید.
home-contact-heading = با ما گپ بزنید
home-contact-text = به ما زنگ بزنید یا ایمیل بفرستید. ما می‌توانیم برای شما ترجمان بگیریم.
home-danger-heading = اگر همین حالا در خطر هستید
home-danger-text = به 999 زنگ بزنید. اگر نمی‌توانید گپ بزنید، از موبایل به 999 زنگ بزنید و وقتی صدایی شنیدید، 55 را فشار بدهید.

## Not found

not-found-title = صفحه پیدا نشد
not-found-text = ما این صفحه را پیدا کرده نمی‌توانیم. شاید آدرس غلط باشد، یا صفحه به جای دیگری رفته باشد.
not-found-home-link = رفتن به صفحه اصلی

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = زبان
languages-title = زبان‌ها
languages-intro = شما می‌توانید این ویب‌سایت را به این زبان‌ها بخوانید. نام هر زبان به خط خودش و به انگلیسی نوشته شده است. صفحه‌ای که در آن بودید، به زبانی که انتخاب می‌کنید باز می‌شود.
languages-interpreter = اگر زبان شما اینجا نیست، به شماره رایگان { $phone } زنگ بزنید. نام زبان خود را به ما بگویید. ما همراه با یک ترجمان دوباره به شما زنگ می‌زنیم.
footer-languages = زبان‌ها
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = این ترجمه هنوز توسط یک ترجمان مسلکی بررسی نشده است. اگر چیزی روشن نیست، به شماره رایگان { $phone } زنگ بزنید تا برای شما ترجمان بگیریم.
