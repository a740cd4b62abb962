## Shared by every page

language-name = Lietuvių
language-switcher-label = Pasirinkite kalbą
skip-to-content = Pereiti prie pagrindinio turinio
quick-exit = Išeiti iš svetainės
quick-exit-keyboard = Išeiti iš šios svetainės dabar
quick-exit-hint = Arba 3 kartus paspauskite Shift
contact-phone-label = Nemokamas telefonas:
contact-email-label = El. paštas:
footer-nav-label = Apie šią svetainę
footer-privacy = Privatumas
footer-accessibility = Prieinamumas
footer-cookies = Slapukai
footer-complaints = Skundai
footer-contact = Susisiekite su mumis
footer-promise = Nemokama, konfidencialu ir jūsų pasirinkimas.

## Home page

home-title = Atkuriamasis teisingumas: pagalba po nusikaltimo
promise-free = Tai nemokama.
promise-confidential = Tai konfidencialu. Saugome tai, ką mums pasakote.
promise-choice = Tai jūsų pasirinkimas. Galite sustoti bet kada.
home-contact-heading = Pasikalbėkite su mumis
home-contact-text = Paskambinkite mums arba parašykite el. laišką. Galime jums surasti vertėją.
home-danger-heading = Jei jums dabar gresia pavojus
home-danger-text = Skambinkite 999. Jei negalite kalbėti, skambinkite 999 iš mobiliojo telefono, o išgirdę balsą paspauskite 55.

## Not found

not-found-title = Puslapis nerastas
not-found-text = Negalime rasti šio puslapio. Gal adresas neteisingas, o gal puslapis perkeltas.
not-found-home-link = Eiti į pagrindinį puslapį anglų kalba

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = Kalba
languages-title = Kalbos
languages-intro = Šią svetainę galite skaityti šiomis kalbomis. Kiekviena kalba nurodyta jos pačios raštu ir angliškai. Puslapis, kuriame buvote, liks atidarytas jūsų pasirinkta kalba.
languages-interpreter = Jei jūsų kalbos čia nėra, skambinkite mums nemokamai { $phone }. Pasakykite, kokia jūsų kalba, ir mes jums perskambinsime su vertėju.
footer-languages = Kalbos
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = Šio vertimo dar nepatikrino kvalifikuotas vertėjas. Jei kas nors neaišku, skambinkite mums nemokamai { $phone }, ir mes jums surasime vertėją.
