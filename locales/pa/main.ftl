## Shared by every page

language-name = ਪੰਜਾਬੀ
language-switcher-label = ਭਾਸ਼ਾ ਚੁਣੋ
skip-to-content = ਸਿੱਧਾ ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
quick-exit = ਇਸ ਸਾਈਟ ਤੋਂ ਬਾਹਰ ਜਾਓ
quick-exit-keyboard = ਹੁਣੇ ਇਸ ਸਾਈਟ ਤੋਂ ਬਾਹਰ ਜਾਓ
quick-exit-hint = ਜਾਂ Shift ਨੂੰ 3 ਵਾਰ ਦਬਾਓ
contact-phone-label = ਮੁਫ਼ਤ ਫ਼ੋਨ:
contact-email-label = ਈਮੇਲ:
footer-nav-label = ਇਸ ਸਾਈਟ ਬਾਰੇ
footer-privacy = ਨਿੱਜਤਾ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ
footer-cookies = ਕੂਕੀਜ਼
footer-complaints = ਸ਼ਿਕਾਇਤਾਂ
footer-contact = ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
footer-promise = ਮੁਫ਼ਤ, ਨਿੱਜੀ ਅਤੇ ਤੁਹਾਡੀ ਆਪਣੀ ਮਰਜ਼ੀ।

## Home page

home-title = ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ: ਜੁਰਮ ਤੋਂ ਬਾਅਦ ਮਦਦ
promise-free = ਇਹ ਮੁਫ਼ਤ ਹੈ।
promise-confidential = ਇਹ ਨਿੱਜੀ ਹੈ। ਤੁਸੀਂ ਸਾਨੂੰ ਜੋ ਵੀ ਦੱਸਦੇ ਹੋ, ਅਸੀਂ ਉਸ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਦੇ ਹਾਂ।
promise-choice = ਇਹ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਰੁਕ ਸਕਦੇ ਹੋ।
home-contact-heading = ਸਾਡੇ ਨਾਲ ਗੱਲ ਕਰੋ
home-contact-text = ਸਾਨੂੰ ਫ਼ੋਨ ਕਰੋ ਜਾਂ ਈਮੇਲ ਭੇਜੋ। ਅਸੀਂ ਤੁਹਾਡੇ ਲਈ ਦੁਭਾਸ਼ੀਏ ਦਾ ਪ੍ਰਬੰਧ ਕਰ ਸਕਦੇ ਹਾਂ।
home-danger-heading = ਜੇ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ
home-danger-text = 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ ਮੋਬਾਈਲ ਤੋਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਫਿਰ ਜਦੋਂ ਕੋਈ ਆਵਾਜ਼ ਸੁਣੇ, ਤਾਂ 55 ਦਬਾਓ।

## Not found

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-text = ਸਾਨੂੰ ਇਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲ ਰਿਹਾ। ਹੋ ਸਕਦਾ ਹੈ ਵੈੱਬ ਪਤਾ ਗ਼ਲਤ ਹੋਵੇ, ਜਾਂ ਪੰਨਾ ਕਿਸੇ ਹੋਰ ਥਾਂ ਚਲਾ ਗਿਆ ਹੋਵੇ।
not-found-home-link = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = ਭਾਸ਼ਾ
languages-title = ਭਾਸ਼ਾਵਾਂ
languages-intro = ਤੁਸੀਂ ਇਹ ਵੈੱਬਸਾਈਟ ਇਹਨਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪੜ੍ਹ ਸਕਦੇ ਹੋ। ਹਰ ਭਾਸ਼ਾ ਦਾ ਨਾਂ ਉਸ ਦੀ ਆਪਣੀ ਲਿਪੀ ਵਿੱਚ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖਿਆ ਹੈ। ਤੁਸੀਂ ਜਿਹੜੇ ਪੰਨੇ 'ਤੇ ਸੀ, ਉਹ ਤੁਹਾਡੀ ਚੁਣੀ ਹੋਈ ਭਾਸ਼ਾ ਵਿੱਚ ਖੁੱਲ੍ਹਾ ਰਹੇਗਾ।
languages-interpreter = ਜੇ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਇੱਥੇ ਨਹੀਂ ਹੈ, ਤਾਂ ਸਾਨੂੰ { $phone } 'ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰੋ। ਸਾਨੂੰ ਆਪਣੀ ਭਾਸ਼ਾ ਦਾ ਨਾਂ ਦੱਸੋ। ਅਸੀਂ ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਤੁਹਾਨੂੰ ਵਾਪਸ ਫ਼ੋਨ ਕਰਾਂਗੇ।
footer-languages = ਭਾਸ਼ਾਵਾਂ
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਜੇ ਕੋਈ ਗੱਲ ਸਮਝ ਨਾ ਆਵੇ, ਤਾਂ ਸਾਨੂੰ { $phone } 'ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰੋ। ਅਸੀਂ ਤੁਹਾਡੇ ਲਈ ਦੁਭਾਸ਼ੀਏ ਦਾ ਪ੍ਰਬੰਧ ਕਰਾਂਗੇ।
