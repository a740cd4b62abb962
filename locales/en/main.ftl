## Shared by every page

language-name = English
language-switcher-label = Choose a language
skip-to-content = Skip to main content
quick-exit = Exit this site
quick-exit-keyboard = Exit this site now
quick-exit-hint = Or press Shift 3 times
contact-phone-label = Phone free:
contact-email-label = Email:
footer-nav-label = About this site
footer-privacy = Privacy
footer-accessibility = Accessibility
footer-cookies = Cookies
footer-complaints = Complaints
footer-contact = Contact us
footer-promise = Free, private and your choice.

## Home page

home-title = Restorative justice: help after crime
promise-free = It is free.
promise-confidential = It is private. We keep what you tell us safe.
promise-choice = It is your choice. You can stop at any time.
home-contact-heading = Talk to us
home-contact-text = Call us or send us an email. We can get you an interpreter.
home-danger-heading = If you are in danger now
home-danger-text = Call 999. If you cannot speak, call 999 from a mobile, then press 55 when you hear a voice.

## Not found

not-found-title = Page not found
not-found-text = We cannot find that page. The address may be wrong, or the page may have moved.
not-found-home-link = Go to the home page in English

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = Language
languages-title = Languages
languages-intro = You can read this website in these languages. Each one is shown in its own writing and in English. The page you were on stays open in the language you choose.
languages-interpreter = If your language is not here, call us free on { $phone }. Tell us the name of your language, and we will call you back with an interpreter.
footer-languages = Languages
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = This translation has not been checked by a qualified translator yet. If anything is unclear, call us free on { $phone } and we will get you an interpreter.
