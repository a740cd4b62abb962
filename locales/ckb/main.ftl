## Shared by every page

language-name = کوردی (سۆرانی)
language-switcher-label = زمانێک هەڵبژێرن
skip-to-content = بچن بۆ ناوەڕۆکی سەرەکی
quick-exit = لەم ماڵپەڕە دەربچن
quick-exit-keyboard = ئێستا لەم ماڵپەڕە دەربچن
quick-exit-hint = یان 3 جار کلیلی Shift دابگرن
contact-phone-label = تەلەفۆنی بەخۆڕایی:
contact-email-label = ئیمەیڵ:
footer-nav-label = دەربارەی ئەم ماڵپەڕە
footer-privacy = نهێنیپارێزی
footer-accessibility = دەستڕاگەیشتن
footer-cookies = کووکی
footer-complaints = سکاڵاکان
footer-contact = پەیوەندیمان پێوە بکەن
footer-promise = بەخۆڕایی و نهێنییە، و بڕیار بە دەستی خۆتانە.

## Home page

home-title = دادپەروەریی چاککەرەوە: یارمەتی دوای تاوان
promise-free = بەخۆڕاییە.
promise-confidential = نهێنییە. ئەوەی پێمان دەڵێن، بە پارێزراوی دەیهێڵینەوە.
promise-choice = بڕیار بە دەستی خۆتانە. دەتوانن هەر کاتێک بتانەوێت ڕابوەستن.
home-contact-heading = قسەمان لەگەڵ بکەن
home-contact-text = تەلەفۆنمان بۆ بکەن یان ئیمەیڵمان بۆ بنێرن. دەتوانین وەرگێڕتان بۆ دابین بکەین.
home-danger-heading = ئەگەر ئێستا لە مەترسیدان
home-danger-text = پەیوەندی بە 999 بکەن. ئەگەر ناتوانن قسە بکەن، لە مۆبایلەوە پەیوەندی بە 999 بکەن، پاشان کاتێک دەنگێک دەبیستن، 55 دابگرن.

## Not found

not-found-title = پەڕەکە نەدۆزرایەوە
not-found-text = ناتوانین ئەو پەڕەیە بدۆزینەوە. لەوانەیە ناونیشانەکە هەڵە بێت، یان پەڕەکە گوازرابێتەوە.
not-found-home-link = بچن بۆ پەڕەی سەرەکی بە ئینگلیزی

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = زمان
languages-title = زمانەکان
languages-intro = دەتوانن ئەم ماڵپەڕە بەم زمانانە بخوێننەوە. هەر زمانێک بە نووسینی خۆی و بە ئینگلیزی نیشان دراوە. ئەو پەڕەیەی لێی بوون، بە زمانی هەڵبژێردراو کراوە دەمێنێتەوە.
languages-interpreter = ئەگەر زمانەکەتان لێرە نییە، بەخۆڕایی تەلەفۆنمان بۆ بکەن لە ژمارە { $phone }. ناوی زمانەکەتانمان پێ بڵێن، ئێمەش لەگەڵ وەرگێڕێک تەلەفۆنتان بۆ دەکەینەوە.
footer-languages = زمانەکان
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = ئەم وەرگێڕانە هێشتا لەلایەن وەرگێڕێکی پسپۆڕەوە پشکنینی بۆ نەکراوە. ئەگەر شتێک ڕوون نەبوو، بەخۆڕایی تەلەفۆنمان بۆ بکەن لە ژمارە { $phone }، ئێمەش وەرگێڕتان بۆ دابین دەکەین.
