## Shared by every page

language-name = العربية
language-switcher-label = اختيار اللغة
skip-to-content = الانتقال إلى المحتوى الرئيسي
quick-exit = الخروج من هذا الموقع
quick-exit-keyboard = الخروج من هذا الموقع الآن
quick-exit-hint = أو بالضغط على مفتاح Shift ثلاث مرات
contact-phone-label = هاتف مجاني:
contact-email-label = البريد الإلكتروني:
footer-nav-label = عن هذا الموقع
footer-privacy = الخصوصية
footer-accessibility = إمكانية الوصول
footer-cookies = ملفات تعريف الارتباط
footer-complaints = الشكاوى
footer-contact = التواصل معنا
footer-promise = مجاني وسري، والقرار لك.

## Home page

home-title = العدالة التصالحية: مساعدة بعد الجريمة
promise-free = الخدمة مجانية.
promise-confidential = الخدمة سرية. نحافظ على سرية كل ما نسمعه منك.
promise-choice = القرار لك. يمكنك التوقف في أي وقت.
home-contact-heading = للتحدث إلينا
home-contact-text = يمكنك الاتصال بنا أو مراسلتنا بالبريد الإلكتروني. ويمكننا أن نوفر لك مترجمًا.
home-danger-heading = إذا كنت في خطر الآن
home-danger-text = يُرجى الاتصال بالرقم 999. إذا لم يكن بإمكانك الكلام، فيمكنك الاتصال بالرقم 999 من هاتف محمول، ثم الضغط على 55 عند سماع صوت.

## Not found

not-found-title = لم نجد الصفحة
not-found-text = لا يمكننا العثور على هذه الصفحة. ربما يكون العنوان خاطئًا، أو ربما نُقلت الصفحة إلى مكان آخر.
not-found-home-link = الذهاب إلى الصفحة الرئيسية باللغة الإنجليزية

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = اللغة
languages-title = اللغات
languages-intro = يمكنك قراءة هذا الموقع بهذه اللغات. تظهر كل لغة بكتابتها الخاصة وبالإنجليزية. وتبقى الصفحة التي كنت فيها مفتوحة باللغة المختارة.
languages-interpreter = إذا لم تكن لغتك هنا، فيمكنك الاتصال بنا مجانًا على الرقم { $phone }، وإخبارنا باسم لغتك. سنعاود الاتصال بك مع مترجم.
footer-languages = اللغات
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = لم يراجع مترجم مؤهل هذه الترجمة بعد. إذا كان أي شيء غير واضح، فيمكنك الاتصال بنا مجانًا على الرقم { $phone } وسنوفر لك مترجمًا.
