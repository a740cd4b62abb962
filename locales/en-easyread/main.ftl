## Shared by every page

language-name = Easy Read
# same-as-en: already easy read
language-switcher-label = Choose a language
skip-to-content = Go to the main part of this page
quick-exit = Leave this website
quick-exit-keyboard = Leave this website now
quick-exit-hint = Or press the Shift key 3 times
contact-phone-label = Phone us for free:
contact-email-label = Email us:
footer-nav-label = About this website
footer-privacy = Your information
footer-accessibility = Making this website easy to use
footer-cookies = Cookies: small files on your device
footer-complaints = Tell us if you are not happy
footer-contact = Talk to us
footer-promise = It is free. It is private. It is your choice.

## Home page

home-title = Restorative justice: help after a crime
promise-free = It is free. You do not pay.
# same-as-en: already easy read
promise-confidential = It is private. We keep what you tell us safe.
# same-as-en: already easy read
promise-choice = It is your choice. You can stop at any time.
# same-as-en: already easy read
home-contact-heading = Talk to us
home-contact-text = Phone us or send us an email. We can get you an interpreter. An interpreter is a person who speaks your language.
# same-as-en: already easy read
home-danger-heading = If you are in danger now
home-danger-text = Call 999. If you cannot speak, call 999 from a mobile phone. When you hear a voice, press 55.

## Not found

not-found-title = We cannot find this page
not-found-text = We cannot find that page. The address may be wrong. Or the page may have moved.
# same-as-en: already easy read
not-found-home-link = Go to the home page in English

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
# same-as-en: already easy read
language-switcher-button = Language
languages-title = Other languages
languages-intro = You can read this website in these languages. Each language shows its own name and the name in English. When you choose a language, you stay on the same page.
languages-interpreter = Is your language not on this list? Call us for free on { $phone }. Tell us your language. We will call you back with an interpreter.
footer-languages = Other languages
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = An expert has not checked this Easy Read page yet. Is something not clear? Call us for free on { $phone }. We will get you an interpreter.
