## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = Zacznij teraz
button-continue = Dalej
button-send = Wyślij
button-carry-on = Przejdź dalej
button-skip = Pomiń te pytania
link-back = Wstecz
select-choose = Wybierz miesiąc
spam-trap-label = Zostaw to pole puste
offer-call-back = Możesz też poprosić, żebyśmy do Ciebie zadzwonili
check-change = Zmień
check-not-answered = Brak odpowiedzi
consent-privacy-link = Przeczytaj, jak korzystamy z Twoich danych (informacja o prywatności)
textarea-count =
    Wpisano { $used } z { $max ->
        [one] { $max } znaku
        [few] { $max } znaków
        [many] { $max } znaków
       *[other] { $max } znaku
    }.

## Errors

error-summary-title = Wystąpił problem
error-prefix = Błąd:
error-title-prefix = Błąd:
error-choose-from-list = Wybierz jedną z odpowiedzi z listy
error-too-long =
    Wpisz najwyżej { $count ->
        [one] { $count } znak
        [few] { $count } znaki
        [many] { $count } znaków
       *[other] { $count } znaku
    }
error-phone = Wpisz numer telefonu, na przykład 07700 900 982 lub +48 601 234 567
error-email = Wpisz adres e-mail, na przykład name@example.com
error-postcode = Wpisz kod pocztowy, na przykład B1 1BB
error-year = Wpisz rok jako 4 cyfry, na przykład 2024
error-years = Wpisz liczbę lat, na przykład 3
error-crime-reference = Numer sprawy z policji może mieć tylko litery, cyfry oraz znaki / i -
error-reference = Wpisz swój numer zgłoszenia, na przykład RJ-HK4M-7TWX
error-date-future = Ta data nie może być w przyszłości
error-too-fast = Sprawdź swoje odpowiedzi, a potem wyślij je jeszcze raz

## Start pages

start-referral-title = Poproś o sprawiedliwość naprawczą
start-referral-body =
    Zadamy Ci kilka pytań o Ciebie i o to, co się stało. Zajmie to około 15 minut.

    To jest bezpłatne i poufne. Nic się nie wydarzy bez Twojej zgody. Możesz przerwać w każdej chwili.

    Możesz pominąć wszystko, czego nie chcesz nam teraz mówić. Potem ktoś z naszego zespołu skontaktuje się z Tobą w sposób, który wybierzesz.
start-call-back-title = Poproś, żebyśmy do Ciebie zadzwonili
start-call-back-body =
    Podaj nam numer telefonu i dobrą porę na rozmowę. Zajmie to około 3 minut.

    Zadzwonimy, żeby odpowiedzieć na Twoje pytania. Przez telefon nie musisz nic decydować.
start-withdrawal-title = Wycofaj swoje zgłoszenie
start-withdrawal-body =
    Możesz zrezygnować w każdej chwili i z każdego powodu. Nie musisz mówić nam dlaczego.

    Potrzebny będzie numer zgłoszenia, który Ci podaliśmy.
start-kept-for =
    Gdy wypełniasz ten formularz, przechowujemy Twoje odpowiedzi na naszym serwerze do { $hours ->
        [one] { $hours } godziny
        [few] { $hours } godzin
        [many] { $hours } godzin
       *[other] { $hours } godziny
    }. Usuwamy je, gdy je wyślesz albo naciśniesz „{ quick-exit }”.

## Referral: who it is for

q-for-whom = Dla kogo jest to zgłoszenie?
q-for-whom-me = Dla mnie
q-for-whom-someone-else = Dla innej osoby, która się na to zgadza
q-for-whom-error = Wybierz, dla kogo jest to zgłoszenie

step-referral-on-behalf = O Tobie
q-relationship = Skąd znasz tę osobę?
q-relationship-family = Jestem z jej rodziny
q-relationship-friend = Przyjaźnimy się
q-relationship-supporter = Wspieram tę osobę (na przykład opiekuję się nią albo mówię w jej imieniu)
q-relationship-professional = Pracuję z tą osobą zawodowo
q-relationship-error = Wybierz, skąd znasz tę osobę
q-organisation-type = Gdzie pracujesz?
q-organisation-type-police = Policja
q-organisation-type-probation = Służba kuratorska (Probation)
q-organisation-type-victim-care = Pomoc lub wsparcie dla ofiar przestępstw
q-organisation-type-yot = Zespół ds. nieletnich sprawców (Youth Offending Team)
q-organisation-type-prison = Więzienie
q-organisation-type-csp = Lokalne partnerstwo na rzecz bezpieczeństwa (Community Safety Partnership)
q-organisation-type-health = Służba zdrowia, np. przychodnia (GP) lub szpital
q-organisation-type-school = Szkoła lub college
q-organisation-type-other = Gdzie indziej
q-organisation-type-error = Wybierz, gdzie pracujesz
q-organisation-name = Nazwa Twojej organizacji (nieobowiązkowe)

step-referral-your-details = Twoje dane
q-referrer-name = Twoje imię i nazwisko
q-referrer-name-error = Wpisz swoje imię i nazwisko
q-referrer-phone = Twój numer telefonu
q-referrer-phone-error = Wpisz swój numer telefonu
q-referrer-email = Twój adres e-mail (nieobowiązkowe)

q-agreed = Czy ta osoba zgadza się na to zgłoszenie?
q-agreed-hint = Możemy pomóc tylko komuś, kto chce naszej pomocy. Jeśli pracujesz w policji, a ta osoba nie była jeszcze o to pytana, możemy zapytać ją za Ciebie.
q-agreed-yes = Tak, zgadza się
q-agreed-not-asked = Ta osoba nie była jeszcze o to pytana
q-agreed-no = Nie, nie zgadza się
q-agreed-error = Wybierz, czy ta osoba się zgadza

step-referral-need-agreement = Najpierw ta osoba musi się zgodzić
step-referral-need-agreement-body =
    Sprawiedliwość naprawcza działa tylko wtedy, gdy ludzie sami ją wybierają. Dlatego przyjmujemy zgłoszenie tylko wtedy, gdy ta osoba o nim wie i się na nie zgadza.

    Możesz powiedzieć jej o tej stronie albo dać jej nasz numer telefonu. Ta osoba może sama się z nami skontaktować. Może też się zgodzić, żeby zgłoszenie przyszło od Ciebie.

    Jeśli martwisz się o jej bezpieczeństwo, w nagłym wypadku zadzwoń pod 999. Jeśli to nie jest nagły wypadek, zadzwoń pod 101.

step-referral-we-will-ask = Zapytamy tę osobę za Ciebie
step-referral-we-will-ask-body =
    Dziękujemy. Ta osoba nie była jeszcze pytana, więc najpierw się z nią skontaktujemy i zapytamy, czy chce naszej pomocy. Bez jej zgody nic więcej się nie wydarzy.

    Przejdź dalej i napisz nam, co wiesz. Możesz pominąć wszystko, czego nie wiesz na pewno.

## Referral: what happened

q-connection = Jaki masz związek z tym, co się stało?
q-connection-harmed = Ktoś mnie skrzywdził
q-connection-family-harmed = Ktoś skrzywdził osobę z mojej rodziny
q-connection-bereaved = Ktoś z mojej rodziny stracił życie przez przestępstwo
q-connection-caused-harm = Jestem osobą, która wyrządziła krzywdę
q-connection-other-affected = To, co się stało, dotknęło mnie w inny sposób
q-connection-error = Wybierz, jaki masz związek z tym, co się stało
q-connection-them = Jaki związek ma ta osoba z tym, co się stało?
q-connection-them-harmed = Ktoś skrzywdził tę osobę
q-connection-them-family-harmed = Ktoś skrzywdził kogoś z jej rodziny
q-connection-them-bereaved = Ktoś z jej rodziny stracił życie przez przestępstwo
q-connection-them-caused-harm = Ta osoba wyrządziła krzywdę
q-connection-them-other-affected = To, co się stało, dotknęło tę osobę w inny sposób
q-connection-them-error = Wybierz, jaki związek ma ta osoba z tym, co się stało

step-referral-what-happened = Co się stało
q-crime-type = Jakie to było przestępstwo?
q-crime-type-hint = Wybierz odpowiedź, która najbardziej pasuje. Nie musisz podawać szczegółów.
q-crime-type-violence = Przemoc lub napaść
q-crime-type-sexual = Przestępstwo seksualne
q-crime-type-domestic-abuse = Przemoc domowa
q-crime-type-hate-crime = Przestępstwo z nienawiści
q-crime-type-burglary = Włamanie
q-crime-type-robbery = Rozbój (kradzież z użyciem siły lub groźby)
q-crime-type-theft = Kradzież
q-crime-type-criminal-damage = Zniszczenie mienia
q-crime-type-fraud-online = Oszustwo lub przestępstwo w internecie
q-crime-type-harassment = Nękanie lub uporczywe śledzenie (stalking)
q-crime-type-driving = Przestępstwo drogowe
q-crime-type-asb = Zachowanie antyspołeczne, na przykład hałas lub uprzykrzanie życia
q-crime-type-not-crime = Krzywda, która nie była przestępstwem, na przykład w szkole lub w pracy
q-crime-type-other = Coś innego
q-crime-type-prefer-not = Wolę nie mówić
q-crime-type-error = Wybierz rodzaj przestępstwa albo „Wolę nie mówić”
q-markers = Czy coś z tego pasuje? (nieobowiązkowe)
q-markers-hate = To się stało z powodu tego, kim jestem, na przykład z powodu mojej rasy, religii, niepełnosprawności, orientacji seksualnej lub płci
q-markers-online = To się stało w internecie
q-markers-domestic = Zrobił to mój partner lub partnerka, były partner lub była partnerka albo ktoś z rodziny

step-referral-not-a-crime = Pomagamy po przestępstwie
step-referral-not-a-crime-body =
    Pomagamy, gdy krzywdę wyrządziło przestępstwo. Jeśli krzywda w szkole, w pracy lub w domu nie była przestępstwem, może pomóc szkoła, pracodawca albo lokalna usługa mediacji.

    Nadal możesz wysłać nam swoje dane. Przeczytamy je i powiemy Ci, kto może pomóc.

step-referral-anti-social-behaviour = Pomoc przy zachowaniach antyspołecznych
step-referral-anti-social-behaviour-body =
    Zachowanie antyspołeczne, na przykład hałas lub uprzykrzanie życia przez sąsiadów, zwykle nie jest przestępstwem. Lokalny urząd (council) albo zarządca Twojego mieszkania często ma na takie sprawy bezpłatną mediację.

    Nadal możesz wysłać nam swoje dane. Przeczytamy je i powiemy Ci, kto może pomóc.

step-referral-when = Kiedy to się stało
q-when = Kiedy to się stało?
q-when-date = Znam miesiąc i rok
q-when-years-ago = Wiem mniej więcej, ile lat temu
q-when-not-sure = Nie mam pewności
q-when-error = Wybierz, kiedy to się stało
q-when-month = Miesiąc
q-when-month-error = Wybierz miesiąc
q-when-year = Rok
q-when-year-hint = Na przykład 2024
q-when-year-error = Wpisz rok
q-when-years = Ile lat temu?
q-when-years-error = Wpisz, ile lat temu
q-how-long = Jak długo to trwało? (nieobowiązkowe)
q-how-long-hint = Czasem krzywda dzieje się jeden raz. Czasem trwa długo.
q-how-long-once = To stało się raz albo trwało kilka dni
q-how-long-up-to-3-years = To trwało do 3 lat
q-how-long-more-than-3-years = To trwało dłużej niż 3 lata
q-how-long-not-sure = Nie mam pewności
q-ongoing = Czy to nadal się dzieje albo czy obawiasz się, że to się powtórzy? (nieobowiązkowe)
q-ongoing-yes = Tak
q-ongoing-no = Nie
q-ongoing-not-sure = Nie mam pewności

step-referral-police = Policja i sąd
q-reported = Czy sprawę zgłoszono na policję?
q-reported-hint = Nie musisz zgłaszać sprawy na policję, żeby poprosić nas o pomoc.
q-reported-yes = Tak
q-reported-no = Nie
q-reported-not-sure = Nie mam pewności
q-reported-error = Wybierz „tak”, „nie” albo „nie mam pewności”
q-crime-reference = Numer sprawy z policji (nieobowiązkowe)
q-crime-reference-hint = Tylko jeśli masz go pod ręką.
q-stage = Co się teraz dzieje w tej sprawie?
q-stage-not-reported = Sprawa nie została zgłoszona
q-stage-investigating = Policja zajmuje się sprawą
q-stage-awaiting-court = Sprawa czeka na rozprawę w sądzie
q-stage-prison = Ktoś trafił do więzienia
q-stage-community = Ktoś dostał karę bez więzienia, na przykład prace społeczne (community sentence)
q-stage-finished = Wszystko już się zakończyło
q-stage-no-further-action = Policja nie podjęła dalszych działań
q-stage-dont-know = Nie wiem
q-stage-error = Wybierz, co się teraz dzieje
q-agencies = Czy oprócz policji w sprawę zaangażowane są inne służby? (nieobowiązkowe)
q-agencies-hint = Na przykład opieka społeczna, osoba udzielająca wsparcia, zespół zdrowia psychicznego albo szkoła.
q-agencies-yes = Tak
q-agencies-no = Nie
q-agencies-not-sure = Nie mam pewności

step-referral-where = Gdzie
q-area-happened = Gdzie to się stało?
q-area-happened-error = Wybierz, gdzie to się stało
q-area-lives = Gdzie mieszkasz?
q-area-lives-error = Wybierz, gdzie mieszkasz
q-area-lives-them = Gdzie mieszka ta osoba?
q-area-lives-them-error = Wybierz, gdzie mieszka ta osoba
# same-as-en: a place name
q-area-happened-birmingham = Birmingham
# same-as-en: a place name
q-area-happened-coventry = Coventry
# same-as-en: a place name
q-area-happened-dudley = Dudley
# same-as-en: a place name
q-area-happened-sandwell = Sandwell
# same-as-en: a place name
q-area-happened-solihull = Solihull
# same-as-en: a place name
q-area-happened-walsall = Walsall
# same-as-en: a place name
q-area-happened-wolverhampton = Wolverhampton
q-area-happened-elsewhere = Gdzie indziej
q-area-happened-not-sure = Nie mam pewności
# same-as-en: a place name
q-area-lives-birmingham = Birmingham
# same-as-en: a place name
q-area-lives-coventry = Coventry
# same-as-en: a place name
q-area-lives-dudley = Dudley
# same-as-en: a place name
q-area-lives-sandwell = Sandwell
# same-as-en: a place name
q-area-lives-solihull = Solihull
# same-as-en: a place name
q-area-lives-walsall = Walsall
# same-as-en: a place name
q-area-lives-wolverhampton = Wolverhampton
q-area-lives-elsewhere = Gdzie indziej
q-area-lives-not-sure = Nie mam pewności

step-referral-outside-area = Pomoc poza West Midlands
step-referral-outside-area-body =
    Działamy w regionie West Midlands. Usługi sprawiedliwości naprawczej są w całej Anglii i Walii. Możemy przekazać Twoje dane do usługi w Twojej okolicy.

    Nadal możesz wysłać nam swoje dane. Porozmawiamy z właściwą usługą i damy Ci znać.

step-referral-other-person = Druga osoba
q-other-age = Ile lat ma osoba, która wyrządziła krzywdę?
q-other-age-hint = Jeśli to Ty jesteś osobą, która wyrządziła krzywdę, napisz o osobie skrzywdzonej.
q-other-age-under-18 = Mniej niż 18 lat
q-other-age-adult = 18 lat lub więcej
q-other-age-dont-know = Nie wiem
q-other-age-error = Wybierz wiek albo „Nie wiem”
q-other-age-them = Ile lat ma osoba, która wyrządziła krzywdę?
q-other-age-them-hint = Jeśli to osoba, którą zgłaszasz, wyrządziła krzywdę, napisz o osobie, którą skrzywdziła.
q-other-age-them-error = Wybierz wiek albo „Nie wiem”
q-other-known = Czy wiesz, kto to jest?
q-other-known-yes = Tak
q-other-known-no = Nie
q-other-known-not-sure = Nie mam pewności
q-other-known-error = Wybierz „tak”, „nie” albo „nie mam pewności”
q-how-many = Ile osób wyrządziło krzywdę?
q-how-many-one = Jedna osoba
q-how-many-two-or-three = 2 lub 3 osoby
q-how-many-more-than-three = Więcej niż 3 osoby
q-how-many-dont-know = Nie wiem
q-how-many-error = Wybierz, ile to było osób
q-how-many-harmed = Ile osób zostało skrzywdzonych? (nieobowiązkowe)
q-how-many-harmed-one = Jedna osoba
q-how-many-harmed-two-or-three = 2 lub 3 osoby
q-how-many-harmed-more-than-three = Więcej niż 3 osoby
q-how-many-harmed-dont-know = Nie wiem
q-vulnerable = Czy ktoś, kogo to dotyczy, potrzebuje dodatkowego wsparcia, żeby bezpiecznie wziąć udział? (nieobowiązkowe)
q-vulnerable-hint = Na przykład ze względu na wiek, niepełnosprawność lub zdrowie psychiczne.
q-vulnerable-yes = Tak
q-vulnerable-no = Nie
q-vulnerable-not-sure = Nie mam pewności

step-referral-young-person = Gdy krzywdę wyrządziła młoda osoba
step-referral-young-person-body =
    Gdy osoba, która wyrządziła krzywdę, ma mniej niż 18 lat, sprawą zwykle zajmuje się lokalny zespół ds. nieletnich sprawców (Youth Offending Team). Najpierw porozmawiamy z tym zespołem. Zadbamy też o to, żeby Ci dobrze pomóc.

    Nadal możesz wysłać nam swoje dane.

## Referral: in your own words, about you

step-referral-own-words = Twoimi słowami (nieobowiązkowe)
q-story = Co się stało?
q-story-hint = Napisz tylko to, co chcesz. Możesz zostawić to pole puste.
q-hopes = Co chcesz, żeby się teraz wydarzyło?
q-hopes-hint = Na przykład: chcesz zadać pytanie, chcesz, żeby ktoś Cię wysłuchał, albo chcesz usłyszeć przeprosiny.
q-hopes-them = Co ta osoba chce, żeby się teraz wydarzyło?
q-hopes-them-hint = Na przykład: chce zadać pytanie, chce, żeby ktoś ją wysłuchał, albo chce usłyszeć przeprosiny.

step-referral-about-you = O Tobie
step-referral-about-you-them = O tej osobie
q-name = Jak mamy się do Ciebie zwracać?
q-name-hint = Może to być Twoje imię albo inne imię, którego wolisz używać.
q-name-error = Wpisz, jak mamy się do Ciebie zwracać
q-name-them = Jak mamy się zwracać do tej osoby?
q-name-them-hint = Może to być jej imię albo inne imię, którego woli używać.
q-name-them-error = Wpisz, jak mamy się zwracać do tej osoby
q-age-band = Ile masz lat?
q-age-band-under-18 = Mniej niż 18 lat
q-age-band-18-24 = Od 18 do 24 lat
q-age-band-25-34 = Od 25 do 34 lat
q-age-band-35-44 = Od 35 do 44 lat
q-age-band-45-54 = Od 45 do 54 lat
q-age-band-55-64 = Od 55 do 64 lat
q-age-band-65-plus = 65 lat lub więcej
q-age-band-prefer-not = Wolę nie mówić
q-age-band-error = Wybierz swój wiek albo „Wolę nie mówić”
q-age-band-them = Ile lat ma ta osoba?
q-age-band-them-error = Wybierz wiek tej osoby albo „Wolę nie mówić”

step-referral-under-18 = Jeśli masz mniej niż 18 lat
step-referral-under-18-body =
    W sprawiedliwości naprawczej możesz wziąć udział w każdym wieku. Nie potrzebujesz zgody rodzica.

    Jeśli chcesz, zadbamy o to, żeby była z Tobą osoba dorosła, która Cię wesprze. Może to być na przykład rodzic, opiekun albo pracownik młodzieżowy (youth worker).

step-referral-under-18-them = Jeśli ta osoba ma mniej niż 18 lat
step-referral-under-18-them-body =
    W sprawiedliwości naprawczej każdy może wziąć udział, w każdym wieku. Ta osoba nie potrzebuje zgody rodzica.

    Jeśli ta osoba chce, zadbamy o to, żeby była z nią osoba dorosła, która ją wesprze. Może to być na przykład rodzic, opiekun albo pracownik młodzieżowy (youth worker).

## Referral: contacting you safely

step-referral-contact = Jak się z Tobą kontaktować
step-referral-contact-them = Jak się kontaktować z tą osobą
q-contact-ways = Jak możemy się z Tobą kontaktować?
q-contact-ways-hint = Wybierz wszystkie sposoby, które są dla Ciebie bezpieczne.
q-contact-ways-phone = Rozmowa telefoniczna
q-contact-ways-text = SMS
q-contact-ways-email = E-mail
q-contact-ways-letter = List
q-contact-ways-error = Wybierz co najmniej jeden sposób kontaktu
q-contact-ways-them = Jak możemy się skontaktować z tą osobą?
q-contact-ways-them-hint = Wybierz wszystkie sposoby, które są bezpieczne dla tej osoby.
q-contact-ways-them-error = Wybierz co najmniej jeden sposób kontaktu z tą osobą
q-phone = Numer telefonu
q-phone-error = Wpisz numer telefonu
q-email = Adres e-mail
q-email-error = Wpisz adres e-mail
q-address = Adres
q-address-error = Wpisz swój adres
q-address-them = Adres tej osoby
q-address-them-error = Wpisz adres tej osoby
q-postcode = Kod pocztowy
q-postcode-error = Wpisz swój kod pocztowy
q-postcode-them = Kod pocztowy tej osoby
q-postcode-them-error = Wpisz kod pocztowy tej osoby

step-referral-contact-safety = Bezpieczny kontakt
q-voicemail-ok = Czy to bezpieczne, jeśli zostawimy Ci wiadomość głosową albo wyślemy SMS?
q-voicemail-ok-hint = W wiadomości nigdy nie napiszemy, o co chodzi.
q-voicemail-ok-yes = Tak
q-voicemail-ok-no = Nie
q-voicemail-ok-error = Wybierz „tak” albo „nie”
q-email-ok = Czy to bezpieczne, jeśli napiszemy do Ciebie e-mail?
q-email-ok-yes = Tak
q-email-ok-no = Nie
q-email-ok-error = Wybierz „tak” albo „nie”
q-email-ok-them = Czy to bezpieczne, jeśli napiszemy do tej osoby e-mail?
q-email-ok-them-error = Wybierz „tak” albo „nie”
q-safe-times = Kiedy możemy się z Tobą bezpiecznie kontaktować? (nieobowiązkowe)
q-safe-times-hint = Na przykład od poniedziałku do piątku po 14:00.
q-safe-times-them = Kiedy możemy się bezpiecznie kontaktować z tą osobą? (nieobowiązkowe)
q-safe-times-them-hint = Na przykład od poniedziałku do piątku po 14:00.
q-caller-notes = Czy jest coś, co osoba dzwoniąca powinna powiedzieć albo czego nie powinna mówić? (nieobowiązkowe)
q-caller-notes-hint = Na przykład: „Powiedzcie, że dzwonicie z przychodni” albo „Poproście do telefonu Kasię”.

## Referral: your needs, your safety

step-referral-needs = Czego od nas potrzebujesz
step-referral-needs-them = Czego ta osoba od nas potrzebuje
q-language = W jakim języku chcesz z nami rozmawiać? (nieobowiązkowe)
q-language-them = W jakim języku ta osoba chce z nami rozmawiać? (nieobowiązkowe)
q-interpreter = Czy potrzebujesz tłumacza?
q-interpreter-yes = Tak
q-interpreter-no = Nie
q-interpreter-error = Wybierz „tak” albo „nie”
q-interpreter-them = Czy ta osoba potrzebuje tłumacza?
q-interpreter-them-error = Wybierz „tak” albo „nie”
q-bsl = Czy używasz brytyjskiego języka migowego (BSL)?
q-bsl-yes = Tak
q-bsl-no = Nie
q-bsl-error = Wybierz „tak” albo „nie”
q-bsl-them = Czy ta osoba używa brytyjskiego języka migowego (BSL)?
q-bsl-them-error = Wybierz „tak” albo „nie”
q-access = Czy coś z tego może Ci pomóc? (nieobowiązkowe)
q-access-them = Czy coś z tego może pomóc tej osobie? (nieobowiązkowe)
q-access-large-print = Duży druk
q-access-easy-read = Łatwy do czytania tekst (Easy Read)
q-access-hearing = Pomoc przy problemach ze słuchem
q-access-sight = Pomoc przy problemach ze wzrokiem
q-access-mobility = Pomoc w poruszaniu się
q-access-learning-disability = Wsparcie przy niepełnosprawności intelektualnej
q-access-mental-health = Wsparcie dotyczące zdrowia psychicznego
q-support-person = Czy chcesz, żeby była z Tobą osoba, która Cię wesprze?
q-support-person-hint = Na przykład przyjaciel lub przyjaciółka, ktoś z rodziny albo osoba, która zawodowo Cię wspiera.
q-support-person-yes = Tak
q-support-person-no = Nie
q-support-person-error = Wybierz „tak” albo „nie”
q-support-person-them = Czy ta osoba chce, żeby był z nią ktoś, kto ją wesprze?
q-support-person-them-hint = Na przykład przyjaciel lub przyjaciółka, ktoś z rodziny albo osoba, która zawodowo ją wspiera.
q-support-person-them-error = Wybierz „tak” albo „nie”

q-safe-now = Czy jesteś teraz bezpieczny lub bezpieczna?
q-safe-now-yes = Tak
q-safe-now-no = Nie
q-safe-now-not-sure = Nie mam pewności
q-safe-now-error = Wybierz „tak”, „nie” albo „nie mam pewności”
q-safe-now-them = Czy ta osoba jest teraz bezpieczna?
q-safe-now-them-error = Wybierz „tak”, „nie” albo „nie mam pewności”

step-referral-not-safe = Pomoc teraz
step-referral-not-safe-body =
    Jeśli grozi Ci niebezpieczeństwo, zadzwoń teraz pod 999.

    Jeśli nie możesz mówić, zadzwoń pod 999 z komórki. Gdy usłyszysz głos, naciśnij 55. W ten sposób policja wie, że to naprawdę nagły wypadek.

    Jeśli to nie jest nagły wypadek, zadzwoń na policję pod 101.

    Kiedy zechcesz, możesz dokończyć ten formularz. Gdy będziemy się z Tobą kontaktować, będziemy bardzo ostrożni.

step-referral-not-safe-them = Pomoc teraz
step-referral-not-safe-them-body =
    Jeśli tej osobie grozi niebezpieczeństwo, zadzwoń teraz pod 999.

    Jeśli to nie jest nagły wypadek, zadzwoń na policję pod 101.

    Kiedy zechcesz, możesz dokończyć ten formularz. Gdy będziemy się kontaktować z tą osobą, będziemy bardzo ostrożni.

## Referral: check, consent, send

step-referral-check = Sprawdź swoje odpowiedzi
step-referral-consent = Twoja zgoda
step-referral-consent-body =
    Udział to Twój wybór. Możesz zrezygnować w każdej chwili, nawet po wysłaniu formularza.

    Użyjemy Twoich odpowiedzi, żeby się z Tobą skontaktować i zaplanować kolejne kroki. Chronimy je. Przekazujemy je innym tylko wtedy, gdy musimy, na przykład żeby ochronić kogoś przed krzywdą.
q-consent = Twoja zgoda
q-consent-agree = Zgadzam się, żebyście użyli moich odpowiedzi, aby skontaktować się ze mną w sprawie sprawiedliwości naprawczej
q-consent-error = Zaznacz pole, żeby się zgodzić. Wtedy będziemy mogli się z Tobą skontaktować
step-referral-consent-them = Wysyłanie zgłoszenia
step-referral-consent-them-body =
    Udział to zawsze wybór samej tej osoby. Może zrezygnować w każdej chwili, nawet po wysłaniu formularza.

    Użyjemy tych odpowiedzi, żeby skontaktować się z tą osobą, a w razie potrzeby także z Tobą, i zaplanować kolejne kroki. Chronimy je. Przekazujemy je innym tylko wtedy, gdy musimy, na przykład żeby ochronić kogoś przed krzywdą.
q-consent-them = Twoja zgoda
q-consent-them-agree = Zgadzam się, żebyście użyli tych odpowiedzi, aby skontaktować się z tą osobą, a w razie potrzeby także ze mną, w sprawie sprawiedliwości naprawczej
q-consent-them-error = Zaznacz pole, żeby się zgodzić. Wtedy będziemy mogli skontaktować się z tą osobą

## Call back

step-call-back-your-details = Twoje dane
step-call-back-when = Kiedy zadzwonić
q-call-days = Które dni są najlepsze? (nieobowiązkowe)
q-call-days-monday = Poniedziałek
q-call-days-tuesday = Wtorek
q-call-days-wednesday = Środa
q-call-days-thursday = Czwartek
q-call-days-friday = Piątek
q-call-times = Jaka pora dnia jest najlepsza? (nieobowiązkowe)
q-call-times-morning = Rano
q-call-times-lunchtime = Około południa
q-call-times-afternoon = Po południu
step-call-back-language = Język
q-call-reason = O czym chcesz porozmawiać? (nieobowiązkowe)
q-call-reason-hint = Wystarczy kilka słów. Możesz zostawić to pole puste.
step-call-back-check = Sprawdź swoje odpowiedzi
step-call-back-consent = Twoja zgoda
step-call-back-consent-body =
    Użyjemy Twojego numeru telefonu tylko po to, żeby oddzwonić do Ciebie w sprawie sprawiedliwości naprawczej.

## Withdrawal

step-withdrawal-details = Wycofaj swoje zgłoszenie
step-withdrawal-details-body =
    Podaj nam numer zgłoszenia i dane, dzięki którym sprawdzimy, że to Ty. Nie pokażemy Ci tutaj żadnych informacji o Twoim zgłoszeniu.
q-reference = Twój numer zgłoszenia
q-reference-hint = Zaczyna się od RJ, na przykład RJ-HK4M-7TWX.
q-reference-error = Wpisz swój numer zgłoszenia
q-withdraw-contact = Twój numer telefonu lub adres e-mail
q-withdraw-contact-hint = Ten sam, który jest w zgłoszeniu. Dzięki temu sprawdzimy, że to Ty.
q-withdraw-contact-error = Wpisz swój numer telefonu lub adres e-mail
q-withdraw-reason = Dlaczego chcesz zrezygnować? (nieobowiązkowe)
q-withdraw-reason-hint = Nie musisz nam tego mówić.
q-withdraw-confirm = Potwierdzenie
q-withdraw-confirm-confirm = Chcę wycofać swoje zgłoszenie
q-withdraw-confirm-error = Zaznacz pole, żeby potwierdzić, że chcesz zrezygnować

## Confirmation

sent-referral-title = Otrzymaliśmy Twoje zgłoszenie
sent-call-back-title = Oddzwonimy do Ciebie
sent-withdrawal-title = Otrzymaliśmy Twoją prośbę o wycofanie zgłoszenia
sent-reference = Twój numer zgłoszenia to:
sent-keep-reference = Zachowaj ten numer. Będzie potrzebny, jeśli skontaktujesz się z nami w tej sprawie.
sent-next-heading = Co będzie dalej
sent-referral-next = Ktoś z naszego zespołu skontaktuje się z Tobą w bezpieczny sposób, który wybrano w formularzu. Zrobimy to najpóźniej do dnia: { $date }.
sent-call-back-next = Zadzwonimy do Ciebie najpóźniej do dnia: { $date }.
sent-withdrawal-next = Przestaniemy zajmować się Twoim zgłoszeniem. Jeśli kontakt z Tobą jest bezpieczny, potwierdzimy to najpóźniej do dnia: { $date }.
sent-contact-heading = Kontakt z nami
sent-withdraw-heading = Jeśli zmienisz zdanie
sent-withdraw-text = Możesz zrezygnować w każdej chwili.
sent-withdraw-link = Wycofaj swoje zgłoszenie
sent-support-heading = Wsparcie, gdy czekasz
sent-support-text = W każdej chwili możesz dostać bezpłatne wsparcie od organizacji Victim Support, niezależnie od tego, czy weźmiesz udział w sprawiedliwości naprawczej. W nagłym wypadku zadzwoń pod 999.
sent-print = Zapisz swój numer zgłoszenia albo wydrukuj tę stronę, żeby go nie zgubić.
sent-equality-heading = Pomóż nam traktować wszystkich uczciwie (nieobowiązkowe)
sent-equality-text = Kilka pytań o Ciebie pomaga nam sprawdzić, czy traktujemy wszystkich uczciwie. Twoje odpowiedzi przechowujemy osobno, nie razem ze zgłoszeniem.
sent-equality-link = Odpowiedz na pytania o równe traktowanie
sent-home-link = Przejdź do strony głównej

## Equality monitoring

step-referral-equality = Pomóż nam traktować wszystkich uczciwie
step-referral-equality-body =
    Te pytania są nieobowiązkowe. Twoje odpowiedzi przechowujemy osobno, nie razem ze zgłoszeniem. Używamy ich tylko do liczenia, ilu osobom pomagamy.
q-eq-age = Ile masz lat?
q-eq-age-under-18 = Mniej niż 18 lat
q-eq-age-18-24 = Od 18 do 24 lat
q-eq-age-25-34 = Od 25 do 34 lat
q-eq-age-35-44 = Od 35 do 44 lat
q-eq-age-45-54 = Od 45 do 54 lat
q-eq-age-55-64 = Od 55 do 64 lat
q-eq-age-65-plus = 65 lat lub więcej
q-eq-age-prefer-not = Wolę nie mówić
q-eq-sex = Jaka jest Twoja płeć?
q-eq-sex-female = Kobieta
q-eq-sex-male = Mężczyzna
q-eq-sex-prefer-not = Wolę nie mówić
q-eq-gender-same = Czy płeć, z którą się identyfikujesz, jest taka sama jak płeć zapisana przy urodzeniu?
q-eq-gender-same-yes = Tak
q-eq-gender-same-no = Nie
q-eq-gender-same-prefer-not = Wolę nie mówić
q-eq-ethnicity = Do jakiej grupy etnicznej należysz?
q-eq-ethnicity-white-british = Biała: angielska, walijska, szkocka, północnoirlandzka lub brytyjska
q-eq-ethnicity-white-irish = Biała: irlandzka
q-eq-ethnicity-white-gypsy-traveller = Biała: Cyganie lub irlandzcy wędrowcy (Gypsy or Irish Traveller)
q-eq-ethnicity-white-roma = Biała: romska
q-eq-ethnicity-white-other = Biała: inne białe pochodzenie
q-eq-ethnicity-mixed-white-black-caribbean = Mieszana: biała i czarna karaibska
q-eq-ethnicity-mixed-white-black-african = Mieszana: biała i czarna afrykańska
q-eq-ethnicity-mixed-white-asian = Mieszana: biała i azjatycka
q-eq-ethnicity-mixed-other = Mieszana: inne mieszane pochodzenie
q-eq-ethnicity-asian-indian = Azjatycka lub brytyjska azjatycka: indyjska
q-eq-ethnicity-asian-pakistani = Azjatycka lub brytyjska azjatycka: pakistańska
q-eq-ethnicity-asian-bangladeshi = Azjatycka lub brytyjska azjatycka: bangladeska
q-eq-ethnicity-asian-chinese = Azjatycka lub brytyjska azjatycka: chińska
q-eq-ethnicity-asian-other = Azjatycka lub brytyjska azjatycka: inne azjatyckie pochodzenie
q-eq-ethnicity-black-african = Czarna, czarna brytyjska, karaibska lub afrykańska: afrykańska
q-eq-ethnicity-black-caribbean = Czarna, czarna brytyjska, karaibska lub afrykańska: karaibska
q-eq-ethnicity-black-other = Czarna, czarna brytyjska, karaibska lub afrykańska: inne pochodzenie
q-eq-ethnicity-other-arab = Inna grupa etniczna: arabska
q-eq-ethnicity-other-any = Inna grupa etniczna
q-eq-ethnicity-prefer-not = Wolę nie mówić
q-eq-disability = Czy masz niepełnosprawność lub długotrwały problem ze zdrowiem?
q-eq-disability-yes = Tak
q-eq-disability-no = Nie
q-eq-disability-prefer-not = Wolę nie mówić

## Too many tries

busy-title = Poczekaj chwilę
busy-text =
    W krótkim czasie otrzymaliśmy wiele odpowiedzi z Twojego połączenia. Poczekaj { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }, a potem spróbuj ponownie.
busy-back = Użyj przycisku Wstecz w przeglądarce, aby wrócić do swoich odpowiedzi. Nadal tam są.

## Our database is not answering

store-down-title = Nie możemy teraz zapisać Twoich odpowiedzi
store-down-text = Wystąpił problem po naszej stronie. Twoje odpowiedzi z wcześniejszych stron są zachowane. To, co wpisano na tej stronie, nadal jest w przeglądarce: użyj jej przycisku Wstecz, aby do tego wrócić, a potem spróbuj ponownie za kilka minut. Jeśli to się powtarza, zadzwoń pod { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = Powiedz nam, jak było
feedback-intro = Dziękujemy za udział. Twoje odpowiedzi pomagają nam ulepszać naszą pomoc dla innych osób. Tylko je liczymy: nikt nie czyta ich razem z Twoim imieniem i nazwiskiem.
feedback-prefer-not = Przy każdym pytaniu możesz wybrać „Wolę nie mówić”.
q-fb-service = Czy jesteś zadowolony lub zadowolona z pomocy, którą Ci daliśmy?
q-fb-service-very-satisfied = Zdecydowanie tak
q-fb-service-satisfied = Raczej tak
q-fb-service-neither = Ani tak, ani nie
q-fb-service-dissatisfied = Raczej nie
q-fb-service-very-dissatisfied = Zdecydowanie nie
q-fb-service-prefer-not = Wolę nie mówić
q-fb-service-error = Wybierz, na ile jesteś zadowolony lub zadowolona, albo „Wolę nie mówić”
q-fb-outcome = Czy jesteś zadowolony lub zadowolona z tego, jak to wszystko się skończyło?
q-fb-outcome-very-satisfied = Zdecydowanie tak
q-fb-outcome-satisfied = Raczej tak
q-fb-outcome-neither = Ani tak, ani nie
q-fb-outcome-dissatisfied = Raczej nie
q-fb-outcome-very-dissatisfied = Zdecydowanie nie
q-fb-outcome-prefer-not = Wolę nie mówić
q-fb-outcome-error = Wybierz, na ile jesteś zadowolony lub zadowolona, albo „Wolę nie mówić”
q-fb-safety = W porównaniu z tym, co było wcześniej, jak bezpiecznie czujesz się teraz?
q-fb-safety-better = Bezpieczniej niż wcześniej
q-fb-safety-same = Mniej więcej tak samo
q-fb-safety-worse = Mniej bezpiecznie niż wcześniej
q-fb-safety-prefer-not = Wolę nie mówić
q-fb-safety-error = Wybierz odpowiedź albo „Wolę nie mówić”
q-fb-wellbeing = W porównaniu z tym, co było wcześniej, jak się teraz ogólnie czujesz?
q-fb-wellbeing-better = Lepiej niż wcześniej
q-fb-wellbeing-same = Mniej więcej tak samo
q-fb-wellbeing-worse = Gorzej niż wcześniej
q-fb-wellbeing-prefer-not = Wolę nie mówić
q-fb-wellbeing-error = Wybierz odpowiedź albo „Wolę nie mówić”
q-fb-coping = W porównaniu z tym, co było wcześniej, jak teraz radzisz sobie z tym, co się stało?
q-fb-coping-better = Lepiej niż wcześniej
q-fb-coping-same = Mniej więcej tak samo
q-fb-coping-worse = Gorzej niż wcześniej
q-fb-coping-prefer-not = Wolę nie mówić
q-fb-coping-error = Wybierz odpowiedź albo „Wolę nie mówić”
q-fb-confidence = W porównaniu z tym, co było wcześniej, na ile teraz ufasz policji i sądom?
q-fb-confidence-better = Ufam im bardziej niż wcześniej
q-fb-confidence-same = Mniej więcej tak samo
q-fb-confidence-worse = Ufam im mniej niż wcześniej
q-fb-confidence-prefer-not = Wolę nie mówić
q-fb-confidence-error = Wybierz odpowiedź albo „Wolę nie mówić”
feedback-gone-title = Ten link już nie działa
feedback-gone-text = Każdy link do ankiety działa tylko raz i tylko przez kilka tygodni. Jeśli nadal chcesz nam powiedzieć, jak było, zadzwoń pod { $phone }.
feedback-thanks-title = Dziękujemy
feedback-thanks-text = Mamy Twoje odpowiedzi. Pomogą nam lepiej pomagać kolejnym osobom.
