## Shared by every page

language-name = Română
language-switcher-label = Alegeți limba
skip-to-content = Treceți la conținutul principal
quick-exit = Ieșiți de pe site
quick-exit-keyboard = Ieșiți acum de pe site
quick-exit-hint = Sau apăsați de 3 ori tasta Shift
contact-phone-label = Telefon gratuit:
contact-email-label = E-mail:
footer-nav-label = Despre acest site
footer-privacy = Confidențialitate
footer-accessibility = Accesibilitate
footer-cookies = Cookie-uri
footer-complaints = Reclamații
footer-contact = Contactați-ne
footer-promise = Gratuit, confidențial și doar dacă doriți.

## Home page

home-title = Justiție restaurativă: ajutor după o infracțiune
promise-free = Este gratuit.
promise-confidential = Este confidențial. Păstrăm în siguranță ce ne spuneți.
promise-choice = Dumneavoastră alegeți. Vă puteți opri oricând.
home-contact-heading = Vorbiți cu noi
home-contact-text = Sunați-ne sau trimiteți-ne un e-mail. Vă putem găsi un interpret.
home-danger-heading = Dacă sunteți în pericol acum
home-danger-text = Sunați la 999. Dacă nu puteți vorbi, sunați la 999 de pe un telefon mobil, apoi apăsați 55 când auziți o voce.

## Not found

not-found-title = Pagina nu a fost găsită
not-found-text = Nu găsim această pagină. Poate că adresa este greșită sau pagina a fost mutată.
not-found-home-link = Mergeți la pagina principală, în limba engleză

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = Limba
languages-title = Limbi
languages-intro = Puteți citi acest site în limbile de mai jos. Numele fiecărei limbi apare scris în limba respectivă și în engleză. Pagina pe care erați rămâne deschisă în limba pe care o alegeți.
languages-interpreter = Dacă limba dumneavoastră nu este aici, sunați-ne gratuit la { $phone }. Spuneți-ne numele limbii, iar noi vă sunăm înapoi cu un interpret.
footer-languages = Limbi
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = Această traducere nu a fost încă verificată de un traducător calificat. Dacă ceva nu este clar, sunați-ne gratuit la { $phone } și vă găsim un interpret.
