## Shared by every page

language-name = اردو
language-switcher-label = زبان منتخب کریں
skip-to-content = اصل مواد پر جائیں
quick-exit = یہ ویب سائٹ چھوڑیں
quick-exit-keyboard = ابھی یہ ویب سائٹ چھوڑیں
quick-exit-hint = یا Shift کو 3 بار دبائیں
contact-phone-label = مفت فون:
contact-email-label = ای میل:
footer-nav-label = اس ویب سائٹ کے بارے میں
footer-privacy = رازداری
footer-accessibility = رسائی
footer-cookies = کوکیز
footer-complaints = شکایات
footer-contact = ہم سے رابطہ کریں
footer-promise = مفت، رازدارانہ، اور آپ کی اپنی مرضی۔

## Home page

home-title = بحالی انصاف: جرم کے بعد مدد
promise-free = یہ مفت ہے۔
promise-confidential = یہ رازدارانہ ہے۔ آپ جو کچھ ہمیں بتاتے ہیں ہم اسے محفوظ رکھتے ہیں۔
promise-choice = یہ آپ کی مرضی ہے۔ آپ کسی بھی وقت رک سکتے ہیں۔
home-contact-heading = ہم سے بات کریں
home-contact-text = ہمیں فون کریں یا ای میل بھیجیں۔ ہم آپ کے لیے مترجم کا انتظام کر سکتے ہیں۔
home-danger-heading = اگر آپ ابھی خطرے میں ہیں
home-danger-text = 999 پر کال کریں۔ اگر آپ بول نہیں سکتے تو موبائل سے 999 پر کال کریں اور آواز سننے پر 55 دبائیں۔

## Not found

not-found-title = صفحہ نہیں ملا
not-found-text = ہمیں یہ صفحہ نہیں مل سکا۔ ہو سکتا ہے پتہ غلط ہو، یا صفحہ کہیں اور منتقل ہو گیا ہو۔
not-found-home-link = اردو میں ہوم پیج پر جائیں

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = زبان
languages-title = زبانیں
languages-intro = آپ یہ ویب سائٹ ان زبانوں میں پڑھ سکتے ہیں۔ ہر زبان کا نام اس کی اپنی لکھائی میں اور انگریزی میں دیا گیا ہے۔ آپ جس صفحے پر تھے، وہی صفحہ آپ کی چنی ہوئی زبان میں کھلا رہے گا۔
languages-interpreter = اگر آپ کی زبان یہاں نہیں ہے تو ہمیں { $phone } پر مفت فون کریں۔ ہمیں اپنی زبان کا نام بتائیں، اور ہم مترجم کے ساتھ آپ کو واپس فون کریں گے۔
footer-languages = زبانیں
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = اس ترجمے کو ابھی کسی مستند مترجم نے نہیں جانچا۔ اگر کوئی بات سمجھ نہ آئے تو ہمیں { $phone } پر مفت فون کریں، ہم آپ کے لیے مترجم کا انتظام کر دیں گے۔
