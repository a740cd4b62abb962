## Shared by every page

language-name = Polski
language-switcher-label = Wybierz język
skip-to-content = Przejdź do treści
quick-exit = Opuść stronę
quick-exit-keyboard = Opuść tę stronę teraz
quick-exit-hint = Albo naciśnij 3 razy Shift
contact-phone-label = Bezpłatny telefon:
contact-email-label = E-mail:
footer-nav-label = O tej stronie
footer-privacy = Prywatność
footer-accessibility = Dostępność
footer-cookies = Pliki cookie
footer-complaints = Skargi
footer-contact = Kontakt
footer-promise = Bezpłatnie, poufnie i dobrowolnie.

## Home page

home-title = Sprawiedliwość naprawcza: pomoc po przestępstwie
promise-free = To jest bezpłatne.
promise-confidential = To jest poufne. Chronimy to, co nam powiesz.
promise-choice = To Twój wybór. Możesz przerwać w każdej chwili.
home-contact-heading = Porozmawiaj z nami
home-contact-text = Zadzwoń lub napisz do nas e-mail. Możemy zapewnić tłumacza.
home-danger-heading = Jeśli grozi Ci niebezpieczeństwo
home-danger-text = Zadzwoń pod 999. Jeśli nie możesz mówić, zadzwoń pod 999 z komórki, a gdy usłyszysz głos, naciśnij 55.

## Not found

not-found-title = Nie znaleziono strony
not-found-text = Nie możemy znaleźć tej strony. Adres może być błędny albo strona została przeniesiona.
not-found-home-link = Przejdź do strony głównej po polsku

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = Język
languages-title = Języki
languages-intro = Tę stronę możesz czytać w tych językach. Nazwa każdego języka jest podana w tym języku i po angielsku. Po wybraniu języka otworzy się ta sama strona, na której jesteś.
languages-interpreter = Jeśli nie ma tu Twojego języka, zadzwoń do nas bezpłatnie pod numer { $phone }. Powiedz nam, jak nazywa się Twój język, a oddzwonimy z tłumaczem.
footer-languages = Języki
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = To tłumaczenie nie zostało jeszcze sprawdzone przez wykwalifikowanego tłumacza. Jeśli coś jest niejasne, zadzwoń do nas bezpłatnie pod numer { $phone }, a zapewnimy Ci tłumacza do rozmowy.
