## Shared by every page

language-name = فارسی
language-switcher-label = زبان را انتخاب کنید
skip-to-content = رفتن به محتوای اصلی
quick-exit = خروج از این سایت
quick-exit-keyboard = همین حالا از این سایت خارج شوید
quick-exit-hint = یا ۳ بار کلید Shift را فشار دهید
contact-phone-label = تلفن رایگان:
contact-email-label = ایمیل:
footer-nav-label = دربارهٔ این سایت
footer-privacy = حریم خصوصی
footer-accessibility = دسترس‌پذیری
footer-cookies = کوکی‌ها
footer-complaints = شکایت
footer-contact = تماس با ما
footer-promise = رایگان، محرمانه و به انتخاب خودتان.

## Home page

home-title = عدالت ترمیمی: کمک پس از جرم
promise-free = رایگان است.
promise-confidential = محرمانه است. آنچه به ما می‌گویید را امن نگه می‌داریم.
promise-choice = انتخاب با خودتان است. هر وقت بخواهید، می‌توانید دست بکشید.
home-contact-heading = با ما صحبت کنید
home-contact-text = به ما زنگ بزنید یا ایمیل بفرستید. می‌توانیم برایتان مترجم بگیریم.
home-danger-heading = اگر همین حالا در خطر هستید
home-danger-text = به 999 زنگ بزنید. اگر نمی‌توانید حرف بزنید، با موبایل به 999 زنگ بزنید و وقتی صدایی شنیدید، 55 را بزنید.

## Not found

not-found-title = صفحه پیدا نشد
not-found-text = این صفحه را پیدا نمی‌کنیم. شاید نشانی اشتباه باشد، یا صفحه جابه‌جا شده باشد.
not-found-home-link = رفتن به صفحهٔ اصلی

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = زبان
languages-title = زبان‌ها
languages-intro = می‌توانید این وب‌سایت را به این زبان‌ها بخوانید. نام هر زبان با خط خودش و به انگلیسی آمده است. صفحه‌ای که در آن بودید، به زبانی که انتخاب می‌کنید باز می‌شود.
languages-interpreter = اگر زبان شما اینجا نیست، به شمارهٔ رایگان { $phone } زنگ بزنید. نام زبانتان را به ما بگویید. ما همراه یک مترجم به شما زنگ می‌زنیم.
footer-languages = زبان‌ها
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = این ترجمه هنوز توسط یک مترجم حرفه‌ای بررسی نشده است. اگر چیزی روشن نیست، به شمارهٔ رایگان { $phone } زنگ بزنید تا برایتان مترجم بگیریم.
