# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = Ostatnia aktualizacja:
hours-text = Pracujemy od poniedziałku do piątku, od { $opens } do { $closes }. Jeśli trzeba, możemy spotkać się wieczorem lub w weekend.
read-next = Czytaj dalej
about-nav-label = O sprawiedliwości naprawczej

## Home page

home-summary = Pomagamy osobom skrzywdzonym przez przestępstwo porozmawiać z osobą, która wyrządziła krzywdę, albo przekazać jej wiadomość. Przeszkolona osoba dba o bezpieczeństwo, bez względu na rodzaj przestępstwa i na to, jak dawno się wydarzyło.
home-ways-heading = Jak zacząć
home-way-refer = Zgłoś siebie lub inną osobę
home-way-refer-text = Odpowiedz online na kilka krótkich pytań. Możesz przerwać w każdej chwili.
home-way-call = Poproś o telefon
home-way-call-text = Powiedz nam, kiedy możemy bezpiecznie zadzwonić, a oddzwonimy.
home-way-read = Przeczytaj więcej o sprawiedliwości naprawczej
home-way-read-text = Dowiedz się, czym jest, jak działa i kto może wziąć udział.
home-more-heading = Dowiedz się więcej

## What is restorative justice

what-title = Czym jest sprawiedliwość naprawcza?
what-intro = Sprawiedliwość naprawcza daje osobom skrzywdzonym przez przestępstwo bezpieczny sposób na rozmowę z osobą, która wyrządziła krzywdę.
what-idea-heading = Na czym to polega
what-idea-1 = Przestępstwo rani ludzi. Osoba skrzywdzona często ma pytania, na które odpowiedzieć może tylko sprawca. Dlaczego ja? Czy to było zaplanowane? Czy to się powtórzy?
what-idea-2 = Sprawiedliwość naprawcza pozwala zadać te pytania. Możesz też powiedzieć, jak przestępstwo zmieniło twoje życie. Osoba, która wyrządziła krzywdę, musi wysłuchać i zmierzyć się z tym, co zrobiła.
what-idea-3 = Całym procesem kieruje przeszkolona osoba, zwana mediatorem. Mediator nie staje po niczyjej stronie. Dba o bezpieczeństwo wszystkich i o to, by każdy został wysłuchany.
what-meeting-heading = Jak wygląda spotkanie
what-meeting-1 = Spotkanie nazywa się czasem konferencją. Spotykasz osobę, która wyrządziła krzywdę, a mediator jest obecny w pokoju.
what-meeting-l1 = Spotkanie odbywa się w bezpiecznym miejscu, które ci odpowiada.
what-meeting-l2 = Możesz przyjść z przyjacielem lub kimś z rodziny.
what-meeting-l3 = Najpierw wszyscy ustalają zasady, na przykład że mówi się po kolei.
what-meeting-l4 = W każdej chwili możesz zrobić przerwę albo zakończyć spotkanie.
what-indirect-heading = Jeśli nie chcesz się spotkać
what-indirect-1 = Nie musisz spotykać się twarzą w twarz. Możecie porozumieć się na inne sposoby:
what-indirect-l1 = Mediator może przekazywać wiadomości między wami. Nazywa się to czasem mediacją pośrednią.
what-indirect-l2 = Możesz napisać list albo dostać list od drugiej osoby.
what-indirect-l3 = Możesz nagrać wiadomość, na wideo albo tylko dźwięk.
what-indirect-2 = Wiele osób zaczyna od listu lub wiadomości. Niektórzy później decydują się na spotkanie. Inni nie, i to też jest w porządku.
what-agreement-heading = Czym jest porozumienie końcowe
what-agreement-1 = Na koniec spotkania uczestnicy mogą ustalić, co będzie dalej. Na przykład sprawca może zgodzić się przeprosić na piśmie, naprawić szkody albo poszukać pomocy w sprawie alkoholu lub narkotyków.
what-agreement-2 = Ten plan zapisuje się na piśmie. Nazywa się go porozumieniem końcowym. Wszyscy muszą się na nie zgodzić. Później sprawdzamy, czy obietnice są dotrzymane, i mówimy ci, jak poszło.
what-funder-heading = Kto płaci za tę usługę
what-funder-text = Usługę { $service } opłaca Komisarz ds. Policji i Przestępczości West Midlands (West Midlands Police and Crime Commissioner). To osoba wybierana przez mieszkańców, która nadzoruje pracę policji w West Midlands. Jednym z zadań Komisarza jest opłacanie pomocy dla osób skrzywdzonych przez przestępstwo.

## How it works

how-title = Jak to działa, krok po kroku
how-intro = Oto co się dzieje od dnia, w którym się z nami skontaktujesz. Możesz przerwać na każdym etapie. Wystarczy nam powiedzieć.
how-s1-heading = Krok 1: Kontaktujesz się z nami
how-s1-text = Wypełnij formularz, poproś o telefon, zadzwoń lub napisz e-mail. Ktoś inny może cię zgłosić, jeśli się zgodzisz. Nie musisz zgłaszać przestępstwa na policję.
how-s2-heading = Krok 2: Kontaktujemy się z tobą
how-s2-text = Skontaktujemy się z tobą w ciągu 5 dni roboczych. Dzwonimy lub piszemy tylko w sposób, który wskażesz jako bezpieczny. Wyjaśniamy, co możemy zaproponować, i odpowiadamy na pytania. Nikt nie naciska na dalszy udział.
how-s3-heading = Krok 3: Razem się przygotowujemy
how-s3-text = Mediator spotyka się z tobą, często więcej niż raz. Pyta, czego się spodziewasz i co cię niepokoi. Spotyka się też z drugą osobą, by sprawdzić, czy jest gotowa wziąć udział uczciwie.
how-s3-safety = Zanim cokolwiek się wydarzy, mediator sprawdza, czy jest bezpiecznie. Nazywa się to oceną ryzyka. Jeśli nie jest bezpiecznie, nic się nie odbędzie.
how-s3-time = Przygotowania mogą trwać kilka tygodni. Czasem kilka miesięcy. Idziemy w twoim tempie.
how-s4-heading = Krok 4: Spotkanie albo wiadomości
how-s4-text = Gdy wszyscy są gotowi, spotykasz drugą osobę w obecności mediatora. Albo, jeśli wolisz, przesyłasz wiadomości, listy lub nagranie. Ty wybierasz.
how-s5-heading = Krok 5: Potem
how-s5-text = Mediator pozostaje z tobą w kontakcie po spotkaniu lub wymianie wiadomości. Jeśli zawarto porozumienie, sprawdzamy, czy jest dotrzymane. Możemy też skierować cię do innej pomocy.
how-stop-heading = Możesz przerwać w każdej chwili
how-stop-text = Możesz zmienić zdanie na każdym etapie, nawet w dniu spotkania. Nie musisz podawać powodu. Rezygnacja nie wpłynie na sprawę w sądzie ani na inną pomoc, którą otrzymujesz.
how-long-heading = Ile to trwa
how-long-l1 = Pierwszy kontakt: w ciągu 5 dni roboczych.
how-long-l2 = Przygotowania: często kilka tygodni, czasem kilka miesięcy.
how-long-l3 = Spotkanie: zwykle godzina lub dwie.
how-long-l4 = Kontakt po wszystkim: tak długo, jak potrzebujesz.

## Who can take part

who-title = Kto może wziąć udział
who-intro = Sprawiedliwość naprawcza jest dla każdego, kogo skrzywdziło przestępstwo, oraz dla osób, które wyrządziły krzywdę.
who-harmed-heading = Osoby skrzywdzone przez przestępstwo
who-harmed-text = Możesz wziąć udział, jeśli przestępstwo cię skrzywdziło. Twoja rodzina też może, na przykład partner, rodzic lub dziecko.
who-bereaved-text = Jeśli ktoś bliski zmarł z powodu przestępstwa, możesz wziąć udział. Dotyczy to partnerów, rodziców, dzieci, braci i sióstr.
who-caused-heading = Osoby, które wyrządziły krzywdę
who-caused-text = Osoba, która wyrządziła krzywdę, może zapytać nas o sprawiedliwość naprawczą. Może się ona odbyć tylko wtedy, gdy osoba skrzywdzona się zgodzi. Pytamy ją i szanujemy jej odpowiedź.
who-young-heading = Młodzi ludzie
who-young-text = Osoby poniżej 18 lat mogą wziąć udział. Nie potrzebujesz zgody dorosłego, ale zadbamy o to, żeby było przy tobie wsparcie. Jeśli sprawca ma mniej niż 18 lat, współpracujemy z lokalnym zespołem ds. młodocianych sprawców (Youth Offending Team).
who-crime-heading = Każde przestępstwo, w każdym czasie
who-crime-l1 = Każdy rodzaj przestępstwa. Niektóre sprawy wymagają pracowników z dodatkowym przeszkoleniem: poważna przemoc lub przemoc seksualna, przemoc domowa, przestępstwa z nienawiści oraz sprawy, w których ktoś potrzebuje szczególnej ochrony albo mógłby znów zostać skrzywdzony.
who-crime-l2 = Na każdym etapie: przed sprawą w sądzie, w jej trakcie lub po niej.
who-crime-l3 = Nie ma limitu czasu. Przestępstwo mogło zdarzyć się wiele lat temu.
who-crime-l4 = Nie musisz zgłaszać sprawy na policję.
who-everyone-heading = Bez względu na to, kim jesteś
who-everyone-text = Pomagamy ludziom z każdego kraju, bez względu na ich status pobytowy. Wszystkich traktujemy sprawiedliwie. Na każdym etapie możemy zapewnić bezpłatnego tłumacza.
who-area-heading = Gdzie działamy
who-area-text = Działamy w Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall i Wolverhampton. Jeśli mieszkasz gdzie indziej, i tak się z nami skontaktuj. Pomożemy ci znaleźć właściwą usługę.
who-not-heading = Kiedy możemy nie być właściwą usługą
who-not-text = Jeśli masz problem z sąsiadem, ale nie doszło do przestępstwa, pomóc może rada gminy (council) lub zarządca mieszkania. Powiemy ci, do kogo się zwrócić.

## Is it safe?

safe-title = Czy to bezpieczne?
safe-intro = Twoje bezpieczeństwo jest najważniejsze na każdym etapie. Oto jak o nie dbamy.
safe-choice-heading = To twój wybór
safe-choice-text = Udział zależy od ciebie. Nikt nie może cię zmusić. Możesz odmówić albo przerwać w każdej chwili i nie musisz mówić dlaczego.
safe-check-heading = Najpierw sprawdzamy, czy jest bezpiecznie
safe-check-text = Zanim ktokolwiek się spotka, mediator starannie ocenia ryzyko. Rozmawia z każdą osobą. Sprawdza, co się stało i czy ktoś mógłby znów zostać skrzywdzony.
safe-staff-heading = Przeszkoleni pracownicy
safe-staff-text = Nasi mediatorzy są przeszkoleni w sprawiedliwości naprawczej. Niektóre sprawy wymagają pracowników z dodatkowym przeszkoleniem. Należą do nich poważna przemoc lub przemoc seksualna, przemoc domowa i przestępstwa z nienawiści. Należą do nich też sprawy, w których ktoś potrzebuje szczególnej ochrony, mógłby znów zostać skrzywdzony albo krzywda trwała przez długi czas.
safe-support-heading = Wsparcie przed, w trakcie i po
safe-support-l1 = Przed: mediator pomaga ci się przygotować i razem z tobą planuje każdy krok.
safe-support-l2 = W trakcie: możesz przyjść z osobą wspierającą, zrobić przerwę lub przerwać.
safe-support-l3 = Po: pozostajemy w kontakcie i możemy skierować cię do innej pomocy.
safe-not-heading = Jeśli nie warto kontynuować
safe-not-text = Czasem uznajemy, że kontynuowanie nie jest bezpieczne albo właściwe. Wtedy powiemy ci to życzliwie i wyjaśnimy dlaczego, na ile to możliwe. Pomożemy ci znaleźć inne wsparcie.
safe-private-heading = Twoje dane pozostają prywatne
safe-private-text = Nigdy nie podajemy drugiej osobie twojego adresu ani numeru telefonu. Przekazujemy tylko to, na co się zgodzisz, chyba że ktoś jest w niebezpieczeństwie.

## Myths and facts

myths-title = Mity i fakty
myths-intro = Wiele osób ma błędne wyobrażenia o sprawiedliwości naprawczej. Oto częste mity i fakty.
myths-soft-q = Mit: to łagodne potraktowanie sprawcy.
myths-soft-a = Fakt: wcale nie. Stanąć twarzą w twarz z osobą, którą się skrzywdziło, jest trudno. Wielu sprawców mówi, że to trudniejsze niż sąd.
myths-forgive-q = Mit: trzeba wybaczyć.
myths-forgive-a = Fakt: nie musisz nikomu wybaczać. Możesz bezpiecznie powiedzieć, co naprawdę czujesz.
myths-court-q = Mit: zastępuje sprawę w sądzie.
myths-court-a = Fakt: działa obok policji i sądów, a nie zamiast nich. Może odbyć się przed sprawą w sądzie, w jej trakcie lub po niej.
myths-minor-q = Mit: jest tylko dla drobnych przestępstw.
myths-minor-a = Fakt: może pomóc po każdym przestępstwie, nawet bardzo poważnym. Przy poważnych przestępstwach, a także gdy ktoś potrzebuje szczególnej ochrony lub jest zagrożony, sprawą zajmują się pracownicy z dodatkowym przeszkoleniem, a my zachowujemy szczególną ostrożność.
myths-meet-q = Mit: trzeba spotkać się twarzą w twarz.
myths-meet-a = Fakt: nie trzeba. Zamiast tego możesz przesłać wiadomości, list lub nagranie.
myths-offender-q = Mit: to przede wszystkim pomoc dla sprawcy.
myths-offender-a = Fakt: to przede wszystkim dla osoby skrzywdzonej. Wszystko idzie w jej tempie i odbywa się tylko wtedy, gdy ona tego chce.
myths-late-q = Mit: jest za późno, jeśli przestępstwo było dawno.
myths-late-a = Fakt: nie ma limitu czasu. Niektórzy biorą udział wiele lat po przestępstwie.
myths-cost-q = Mit: trzeba zapłacić.
myths-cost-a = Fakt: to jest bezpłatne.

## If you caused harm

harm-title = Dla osób, które wyrządziły krzywdę
harm-intro = Jeśli ktoś ucierpiał przez twoje przestępstwo, sprawiedliwość naprawcza może pomóc ci zmierzyć się z tym, co się stało, i spróbować to naprawić.
harm-what-heading = Co może ci dać
harm-what-text = Możesz usłyszeć, jak twoje czyny wpłynęły na drugą osobę. Możesz odpowiedzieć na jej pytania i przeprosić, jeśli naprawdę tego chcesz. Wiele osób mówi, że to pomaga im pójść dalej i nie wracać do przestępstw.
harm-expect-heading = Czego się spodziewać
harm-expect-l1 = Najpierw spotyka się z tobą mediator, może kilka razy, by pomóc ci się przygotować.
harm-expect-l2 = Sprawdza, czy przyznajesz, że to było złe. Nie musisz znać wszystkich właściwych słów.
harm-expect-l3 = Jeśli druga osoba się zgodzi, możesz się z nią spotkać, napisać do niej albo wymienić wiadomości.
harm-expect-l4 = Możesz przyjść z osobą wspierającą. Możesz przerwać w każdej chwili.
harm-limits-heading = Czego nie możemy obiecać
harm-limits-l1 = To nie jest sposób na łagodniejszy wyrok. Może się to odbyć przed wydaniem wyroku, a sąd może na to zaczekać. Ale nie możemy niczego obiecać w sprawie sądu, więzienia ani nadzoru kuratora.
harm-limits-l2 = Druga osoba może odmówić. Ma do tego prawo, a my nie podamy ci jej danych.
harm-limits-l3 = Najważniejsza jest osoba skrzywdzona. To odbędzie się tylko wtedy, gdy będzie to dobre dla niej.
harm-limits-text = Jeśli odmówi, powiemy ci to życzliwie. Możemy porozmawiać z tobą o tym, co jeszcze mogłoby pomóc.
harm-start-heading = Jak zacząć
harm-start-text = Skontaktuj się z nami bezpośrednio albo poproś kuratora, pracownika ds. młodzieży lub personel więzienia o zgłoszenie. Najpierw wszystko z tobą omówimy.
harm-start-link = Rozpocznij zgłoszenie

## For professionals

pro-title = Dla specjalistów
pro-intro = Ta strona jest dla policji, kuratorów, służb wspierających ofiary, zespołów ds. młodocianych sprawców, więzień i innych pracowników, którzy chcą kogoś do nas zgłosić.
pro-who-heading = Kto może zgłosić
pro-who-text = Każdy pracownik może zgłosić osobę skrzywdzoną przez przestępstwo albo osobę, która wyrządziła krzywdę. Dotyczy to policji, kuratorów, pomocy ofiarom, zespołów ds. młodocianych sprawców, zespołów ds. bezpieczeństwa lokalnego, więzień, służby zdrowia, mieszkalnictwa i organizacji charytatywnych.
pro-consent-heading = Najpierw zapytaj
pro-consent-text = Najpierw zapytaj tę osobę. Powiedz jej, czym jest sprawiedliwość naprawcza i że się z nią skontaktujemy. Jeśli pracujesz w policji, a ta osoba nie była jeszcze o to pytana, nadal możesz ją zgłosić. Skorzystaj z formularza albo zadzwoń do nas pod numer { $phone }. Najpierw skontaktujemy się z tą osobą i zapytamy, czy chce naszej pomocy.
pro-how-heading = Jak zgłosić
pro-how-text = Skorzystaj z tego samego formularza online co wszyscy. Na początku wybierz opcję zgłoszenia innej osoby. Możesz też zadzwonić pod numer { $phone } lub napisać na { $email }.
pro-how-link = Zgłoś kogoś do nas
pro-info-heading = Co nam pomaga
pro-info-l1 = Jak i kiedy możemy bezpiecznie skontaktować się z tą osobą.
pro-info-l2 = Potrzeby językowe, potrzeba tłumacza lub inne potrzeby dostępności.
pro-info-l3 = Co się stało i numer sprawy, jeśli jest.
pro-info-l4 = Na jakim etapie jest sprawa: na przykład czeka na sąd albo jest już po wyroku.
pro-info-l5 = Ryzyka, o których powinniśmy wiedzieć, na przykład przemoc domowa lub groźby.
pro-info-l6 = Dane drugiej osoby, jeśli je znasz.
pro-after-heading = Co ci potem przekażemy
pro-after-text = Powiemy ci, kiedy nawiążemy kontakt i jak postępuje sprawa. Nie przekazujemy tego, co ludzie mówią nam prywatnie, chyba że się zgodzą albo ktoś jest zagrożony.
pro-young-heading = Młodzi sprawcy
pro-young-text = Jeśli sprawca ma mniej niż 18 lat, najpierw rozmawiamy z lokalnym zespołem ds. młodocianych sprawców. To on zwykle prowadzi sprawiedliwość naprawczą dla młodych ludzi.
pro-leaflet-heading = Ulotki
pro-leaflet-text = Możesz wydrukować naszą jednostronicową ulotkę w każdym z naszych języków, by ją rozdawać lub powiesić.

## What the evidence says

evidence-title = Co mówią badania
evidence-intro = Sprawiedliwość naprawczą starannie badano w Anglii i Walii. Oto co wykazały badania.
evidence-satisfied-heading = Większość ofiar jest zadowolona z udziału
evidence-satisfied-text = Badania dla Ministerstwa Sprawiedliwości objęły ofiary, które spotkały sprawcę na spotkaniu zwanym konferencją. 85% z nich było zadowolonych.
evidence-crime-heading = Mniej przestępstw potem
evidence-crime-text = Te same badania wykazały, że osoby, które wyrządziły krzywdę i wzięły udział, popełniały potem o około 14% mniej przestępstw niż podobne osoby, które nie wzięły udziału.
evidence-aware-heading = Niewiele osób o tym wie
evidence-aware-text = W 2016 roku tylko 28% osób zapytanych w badaniu słyszało o sprawiedliwości naprawczej. Większość zapytanych uważała, że ofiary powinny mieć prawo spotkać się z osobą, która je skrzywdziła.
evidence-limits = Badania pokazują, co dzieje się średnio. Nie mówią, co stanie się w twoim przypadku.
evidence-sources-heading = Skąd pochodzą te liczby
evidence-src-1 = Joanna Shapland i współpracownicy, badania dla Ministerstwa Sprawiedliwości dotyczące trzech programów sprawiedliwości naprawczej (2007 i 2008).
evidence-src-2 = Komisarz ds. Policji i Przestępczości West Midlands, decyzja nr 009/2015, która podaje te same dane.
evidence-src-3 = Badanie Ipsos MORI dla Restorative Justice Council (2016).

## Other support

support-title = Inna pomoc
support-intro = Pomóc mogą ci też inne służby. Udział w sprawiedliwości naprawczej nigdy nie przeszkadza w korzystaniu z nich.
support-police-heading = Policja
support-police-999 = W nagłym wypadku zadzwoń pod 999.
support-police-55 = Jeśli nie możesz mówić, zadzwoń pod 999 z komórki, a gdy usłyszysz pytanie, naciśnij 55. To tak zwane Silent Solution.
support-police-101 = Aby zgłosić przestępstwo, które nie jest nagłym wypadkiem, zadzwoń pod 101.
support-victims-heading = Pomoc dla ofiar
support-vs-text = Victim Support bezpłatnie pomaga każdemu, kogo dotknęło przestępstwo, nawet jeśli nie zostało zgłoszone. Zadzwoń bezpłatnie pod 08 08 16 89 111.
support-abuse-heading = Przemoc domowa i przemoc seksualna
support-da-text = National Domestic Abuse Helpline to bezpłatna linia pomocy czynna przez całą dobę: 0808 2000 247.
support-rc-text = Rape Crisis pomaga osobom po gwałcie lub wykorzystaniu seksualnym, bez względu na to, jak dawno to się stało. Na ich stronie są sposoby kontaktu.
support-feelings-heading = Jeśli jest ci ciężko lub chcesz porozmawiać
support-sam-text = Samaritans wysłuchają cię o każdej porze dnia i nocy. Zadzwoń bezpłatnie pod 116 123.
support-young-heading = Młodzi ludzie
support-yot-text = Każda rada gminy ma zespół ds. młodocianych sprawców (Youth Offending Team). Pracuje z osobami poniżej 18 lat, które miały problemy z prawem, i często prowadzi dla nich sprawiedliwość naprawczą. Rada gminy pomoże ci się z nim skontaktować.
support-elsewhere-heading = Jeśli mieszkasz poza West Midlands
support-elsewhere-text = Usługi sprawiedliwości naprawczej działają w całej Anglii i Walii. Restorative Justice Council ma ich listę. Lokalny Komisarz ds. Policji i Przestępczości też powie ci, kto prowadzi taką usługę w pobliżu.
support-links-heading = Strony internetowe
# same-as-en: a proper name
support-link-vs = Victim Support
# same-as-en: a proper name
support-link-da = National Domestic Abuse Helpline
# same-as-en: a proper name
support-link-rc = Rape Crisis England and Wales
# same-as-en: a proper name
support-link-sam = Samaritans
# same-as-en: a proper name
support-link-rjc = Restorative Justice Council

## Staying safe online

online-title = Bezpieczeństwo w internecie
online-intro = Jeśli ktoś sprawdza twój telefon lub komputer, może zobaczyć, że ta strona była otwierana. Oto jak możesz się chronić.
online-exit-heading = Co robi przycisk wyjścia
online-exit-does = Przycisk „{ quick-exit }” od razu przenosi cię na stronę z pogodą. Możesz też trzy razy nacisnąć klawisz Shift. Usuwa on odpowiedzi zaczęte w naszym formularzu i usuwa nasze ciasteczko.
online-exit-doesnt = Nie usuwa historii przeglądarki. Ktoś nadal może zobaczyć, że ta strona była otwierana. Dlatego przeczytaj poniższe wskazówki.
online-private-heading = Używaj trybu prywatnego
online-private-text = W oknie prywatnym przeglądarka nie zapisuje listy odwiedzanych stron. Otwórz je, zanim wejdziesz na naszą stronę:
online-private-chrome = Chrome: otwórz menu i wybierz „Nowe okno incognito”.
online-private-edge = Edge: otwórz menu i wybierz „Nowe okno InPrivate”.
online-private-firefox = Firefox: otwórz menu i wybierz „Nowe okno prywatne”.
online-private-safari = Safari: otwórz menu Plik i wybierz „Nowe okno prywatne”.
online-history-heading = Wyczyść historię
online-history-text = Jeśli okno prywatne nie było użyte, możesz usunąć tę stronę z historii.
online-history-windows = Na komputerze z Windows, w Chrome, Edge lub Firefox: naciśnij jednocześnie Ctrl, Shift i Delete. Potem wybierz, co wyczyścić.
online-history-mac = Na Macu, w Safari: otwórz menu Historia i wybierz „Wyczyść historię”.
online-history-iphone = Na iPhonie: otwórz Ustawienia, potem Safari, potem „Wymaż historię i dane witryn”.
online-history-android = Na telefonie z Androidem, w Chrome: dotknij trzech kropek, potem Historia, potem „Usuń dane przeglądania”.
online-history-care = Jeśli wyczyścisz całą historię, osoba, która ją sprawdza, może to zauważyć. Możesz usunąć tylko strony z tej witryny.
online-device-heading = Używaj bezpieczniejszego urządzenia
online-device-text = Najbezpieczniej jest używać telefonu lub komputera, do którego druga osoba nie ma dostępu. Na przykład telefonu przyjaciela, komputera w pracy albo w bibliotece.
online-other-heading = Co jeszcze sprawdzić
online-other-l1 = E-maile i SMS-y: usuń od nas te, których nikt nie powinien zobaczyć. Potem opróżnij kosz.
online-other-l2 = Wspólne konta: jeśli dzielisz z kimś konto Google, Apple lub Microsoft, twoja historia może być widoczna na innych urządzeniach.
online-other-l3 = Połączenia: nasz numer może być na liście połączeń. Możesz go usunąć.
online-other-l4 = Jeśli myślisz, że ktoś zainstalował na twoim telefonie program szpiegujący, skontaktuj się z nami lub z policją z innego telefonu.

## Questions people ask

faq-title = Częste pytania
faq-intro = Krótkie odpowiedzi na częste pytania. Większość prowadzi do strony z dokładniejszymi informacjami.
faq-what-q = Czym jest sprawiedliwość naprawcza?
faq-what-a = To bezpieczny sposób, by osoba skrzywdzona przez przestępstwo porozmawiała ze sprawcą, z pomocą przeszkolonej osoby.
faq-cost-q = Czy to coś kosztuje?
faq-cost-a = Nie. To jest bezpłatne.
faq-police-q = Czy muszę zgłosić sprawę na policję?
faq-police-a = Nie. Możesz przyjść do nas bez względu na to, czy przestępstwo zostało zgłoszone.
faq-meet-q = Czy muszę spotkać się z osobą, która mnie skrzywdziła?
faq-meet-a = Nie. Zamiast tego możesz przesłać wiadomości, list lub nagranie. Możesz też w ogóle zrezygnować.
faq-stop-q = Czy mogę zmienić zdanie?
faq-stop-a = Tak, w każdej chwili, nawet w dniu spotkania. Nie musisz podawać powodu.
faq-safe-q = Jak dbacie o moje bezpieczeństwo?
faq-safe-a = Zanim cokolwiek się odbędzie, przeszkolony mediator sprawdza, czy jest bezpiecznie. Jeśli nie jest, nic się nie odbędzie.
faq-long-q = Ile to trwa?
faq-long-a = Kontaktujemy się w ciągu 5 dni roboczych. Przygotowania często trwają kilka tygodni. Mogą trwać dłużej, a my idziemy w twoim tempie.
faq-old-q = Przestępstwo było wiele lat temu. Czy nadal mogę wziąć udział?
faq-old-a = Tak. Nie ma limitu czasu.
faq-forgive-q = Czy muszę wybaczyć?
faq-forgive-a = Nie. Możesz powiedzieć, co naprawdę czujesz.
faq-sentence-q = Czy to zmieni wyrok?
faq-sentence-a = To nie jest sposób na łagodniejszy wyrok. Sąd może zaczekać z wydaniem wyroku, żeby najpierw można było skorzystać ze sprawiedliwości naprawczej. Ale to nie zastępuje sądu i nie możemy niczego obiecać w sprawie wyroku.
faq-language-q = Czy mogę mieć tłumacza?
faq-language-a = Tak. Na każdym etapie zapewnimy bezpłatnego tłumacza, także języka migowego BSL.
faq-refer-q = Czy mogę zgłosić kogoś innego?
faq-refer-a = Tak, jeśli ta osoba się zgadza. Pracownicy, na przykład policji i kuratorzy, używają tego samego formularza.
faq-work-q = Czy to działa?
faq-work-a = W badaniach dla Ministerstwa Sprawiedliwości 85% ofiar, które spotkały się z drugą stroną na spotkaniu zwanym konferencją, było zadowolonych.
faq-data-q = Co robicie z moimi danymi?
faq-data-a = Używamy ich tylko do świadczenia tej usługi. Chronimy je i nie przekazujemy ich bez ważnego powodu.
faq-online-q = Czy ktoś może zobaczyć, że odwiedzam tę stronę?
faq-online-a = Może tak być. Nasza strona o bezpieczeństwie w internecie mówi, jak ukryć wizytę.
faq-help-q = Gdzie jeszcze mogę dostać pomoc?
faq-help-a = Pomóc może wiele innych służb, a udział tutaj nigdy nie przeszkadza w korzystaniu z nich.

## Privacy notice

privacy-title = Informacja o prywatności
privacy-intro = Ta informacja wyjaśnia, co robimy z twoimi danymi osobowymi i jakie masz prawa. Chronią je przepisy UK GDPR i ustawa Data Protection Act 2018.
privacy-who-heading = Kto odpowiada za twoje dane
privacy-who-text = Za twoje dane odpowiada { $controller }. Prawo nazywa to administratorem danych. Oznacza to, że decyduje, jak twoje dane są używane, i musi je chronić. Adres: { $address }.
privacy-ico-text = Numer w rejestrze prowadzonym przez Information Commissioner's Office (ICO), brytyjski urząd ochrony danych: { $ico }.
privacy-contact-text = Aby zapytać o swoje dane, napisz na { $email } lub zadzwoń pod { $phone }.
privacy-collect-heading = Co zbieramy
privacy-collect-l1 = Twoje imię i nazwisko oraz jak bezpiecznie się z tobą kontaktować.
privacy-collect-l2 = Co się stało i na jakim etapie jest sprawa w sądzie.
privacy-collect-l3 = Dane drugiej osoby, jeśli je podasz.
privacy-collect-l4 = Czego od nas potrzebujesz, na przykład tłumacza lub pomocy w dostępie.
privacy-collect-l5 = Notatki z naszych rozmów i spotkań z tobą.
privacy-special-text = Część tych danych jest szczególnie prywatna. Mogą dotyczyć twojego zdrowia, pochodzenia, wyznania, życia seksualnego lub przestępstwa. Prawo nazywa je danymi szczególnej kategorii i danymi o przestępstwach. Chronimy je ze szczególną starannością.
privacy-why-heading = Po co ich używamy
privacy-why-text = Używamy twoich danych tylko po to, by prowadzić sprawiedliwość naprawczą. Czyli by się z tobą skontaktować, sprawdzić, czy jest bezpiecznie, zorganizować spotkanie lub wymianę wiadomości i pozostać w kontakcie. Liczymy też nasze sprawy, bez nazwisk, by składać sprawozdania z pracy.
privacy-basis-heading = Nasze podstawy prawne
privacy-basis-text = Prawo wymaga, byśmy mieli ważną podstawę prawną do używania twoich danych. Nasze podstawy to:
privacy-basis-l1 = Zadanie publiczne: prowadzimy tę usługę dla społeczeństwa, ze środków publicznych.
privacy-basis-l2 = Przy danych szczególnie prywatnych: twoja wyraźna zgoda albo ważny interes publiczny, na przykład ochrona ludzi.
privacy-basis-l3 = Żywotne interesy: tylko gdy czyjeś życie jest zagrożone.
privacy-share-heading = Komu je przekazujemy
privacy-share-text = Nigdy nie sprzedajemy twoich danych. Przekazujemy je tylko:
privacy-share-l1 = drugiej osobie w twojej sprawie, ale tylko to, na co się zgodzisz.
privacy-share-l2 = służbie wsparcia, jeśli nas o to poprosisz.
privacy-share-l3 = policji lub innym, jeśli ktoś jest w niebezpieczeństwie albo trzeba chronić dziecko lub dorosłego.
privacy-share-l4 = osobie lub instytucji, która cię zgłosiła. Mówimy jej, jak postępuje sprawa, a nie o treści naszych rozmów.
privacy-share-l5 = firmom, które obsługują nasze systemy komputerowe. Muszą chronić twoje dane i używać ich tylko tak, jak im każemy.
privacy-keep-heading = Jak długo je przechowujemy
privacy-keep-text = Jeśli zaczniesz wypełniać formularz i go nie skończysz, usuniemy twoje odpowiedzi w ciągu kilku godzin. Notatki ze sprawy przechowujemy tylko tak długo, jak są potrzebne, a potem bezpiecznie je usuwamy. Zapytaj nas, jeśli chcesz wiedzieć, jak długo.
privacy-rights-heading = Twoje prawa
privacy-rights-l1 = Możesz poprosić o wgląd w dane, które o tobie mamy.
privacy-rights-l2 = Możesz poprosić o poprawienie błędnych danych.
privacy-rights-l3 = Możesz poprosić o usunięcie danych. Czasem musimy je zachować i wtedy powiemy ci dlaczego.
privacy-rights-l4 = Możesz poprosić, byśmy przestali używać twoich danych albo używali ich mniej.
privacy-rights-l5 = W każdej chwili możesz wycofać zgodę.
privacy-rights-text = Aby skorzystać z tych praw, skontaktuj się z nami. To nic nie kosztuje. Odpowiemy w ciągu miesiąca.
privacy-complain-heading = Jak złożyć skargę
privacy-complain-text = Jeśli nie podoba ci się, jak używamy twoich danych, najpierw powiedz nam. Możesz też złożyć skargę do ICO. Ich infolinia to 0303 123 1113.
privacy-ico-link = Złóż skargę do ICO (strona po angielsku)

## Cookies

cookies-title = Ciasteczka (cookies)
cookies-intro = Ciasteczka to małe pliki, które strona zapisuje na twoim telefonie lub komputerze. Używamy ich jak najmniej.
cookies-reading-heading = Jeśli tylko czytasz nasze strony
cookies-reading-text = Nie zapisujemy żadnych ciasteczek na twoim urządzeniu.
cookies-form-heading = Jeśli zaczniesz wypełniać formularz
cookies-form-text = Zapisujemy jedno ciasteczko, by formularz pamiętał twoje odpowiedzi, gdy przechodzisz między stronami. Bez niego formularz nie działa, więc nie pytamy wcześniej o zgodę.
cookies-form-name = Nazwa: rj_session. Przy bezpiecznym połączeniu: __Host-rj_session.
cookies-form-what = Co zawiera: losowy kod, który łączy cię z twoimi odpowiedziami. Nie zawiera twojego nazwiska ani odpowiedzi.
cookies-form-how-long = Jak długo działa: do zamknięcia przeglądarki. Twoje odpowiedzi po naszej stronie usuwamy kilka godzin po tym, jak przestaniesz.
cookies-none-heading = Bez śledzenia
cookies-none-text = Nie używamy ciasteczek do liczenia odwiedzających ani do reklam. Żadna inna firma nie zapisuje ciasteczek na twoim urządzeniu przez naszą stronę.
cookies-exit-text = Przycisk „{ quick-exit }” od razu usuwa nasze ciasteczko.

## Accessibility statement

access-title = Deklaracja dostępności
access-intro = Ta deklaracja dotyczy tej strony internetowej. Chcemy, by mogło z niej korzystać jak najwięcej osób.
access-using-heading = Korzystanie z tej strony
access-using-text = Na tej stronie można:
access-using-l1 = zmienić kolory i czcionki we własnych ustawieniach
access-using-l2 = powiększyć stronę do 400% i nadal czytać cały tekst
access-using-l3 = korzystać z całej strony tylko za pomocą klawiatury
access-using-l4 = używać czytnika ekranu, na przykład NVDA, JAWS lub VoiceOver
access-using-l5 = korzystać ze strony z wyłączonym JavaScriptem
access-using-l6 =
    czytać ją w { $languages ->
        [one] { $languages } języku
        [few] { $languages } językach
        [many] { $languages } językach
       *[other] { $languages } języka
    }, w tym po angielsku w wersji łatwej do czytania (Easy Read)
access-plain = Staraliśmy się też pisać jak najprościej.
access-status-heading = Na ile ta strona spełnia wymagania
access-status-text = Wymagania to wytyczne WCAG (Web Content Accessibility Guidelines) w wersji 2.2. Ta strona spełnia większość wymagań poziomu AA. Nie spełnia jeszcze wszystkich z powodu problemów opisanych poniżej.
access-known-heading = Znane problemy
access-known-l1 = Większość naszych tłumaczeń nie została jeszcze sprawdzona przez wykwalifikowanego tłumacza. Informuje o tym każda taka strona. Możemy zapewnić tłumacza ustnego dowolnego języka.
access-known-l2 = Czytnik ekranu nie odczyta kodu QR na ulotce. Adres strony jest wydrukowany obok.
access-known-l3 = Linki do innych stron prowadzą do miejsc, na które nie mamy wpływu. Mogą być trudniejsze w użyciu.
access-formats-heading = Inne formaty
access-formats-text = Jeśli potrzebujesz tych informacji w innej formie, na przykład dużym drukiem, w wersji łatwej do czytania, w formie nagrania lub alfabetem Braille'a, napisz na { $email } lub zadzwoń pod { $phone }. Odpowiemy w ciągu 5 dni roboczych.
access-report-heading = Zgłoś problem
access-report-text = Jeśli znajdziesz problem, którego tu nie ma, albo uważasz, że nie spełniamy wymagań, napisz na { $email }.
access-enforce-heading = Jeśli nasza odpowiedź cię nie zadowala
access-enforce-text = Equality and Human Rights Commission (EHRC) pilnuje, by strony publiczne przestrzegały tych zasad. Jeśli sposób, w jaki zajęliśmy się twoim problemem, cię nie zadowala, skontaktuj się z Equality Advisory and Support Service (EASS).
access-eass-link = Equality Advisory and Support Service (strona po angielsku)
access-testing-heading = Jak testujemy tę stronę
access-testing-text = Każdą stronę testuje komputer w prawdziwej przeglądarce, w każdym języku, także w językach, które czyta się od prawej do lewej. Testujemy też obsługę klawiaturą i małe ekrany oraz sprawdzamy, jak łatwo czyta się tekst angielski.
access-prepared = Tę deklarację przygotowaliśmy w listopadzie 2026 roku. Sprawdzamy ją przy każdej zmianie strony.

## Complaints

complaints-title = Skargi
complaints-intro = Powiedz nam, jeśli coś zrobiliśmy źle. Skarga nigdy nie zmieni pomocy, którą od nas dostajesz.
complaints-how-heading = Jak złożyć skargę
complaints-how-text = Możesz złożyć skargę telefonicznie lub e-mailem albo poprosić kogoś, by zrobił to za ciebie. Napisz, co się stało i czego od nas oczekujesz.
complaints-steps-heading = Co dalej
complaints-step-1 = W ciągu 5 dni roboczych potwierdzimy, że otrzymaliśmy skargę.
complaints-step-2 = Sprawę wyjaśnia kierownik, który nie zajmował się twoją sprawą. Może do ciebie zadzwonić, by o niej porozmawiać.
complaints-step-3 = Odpowiemy na piśmie w ciągu 20 dni roboczych. Jeśli potrzebujemy więcej czasu, wyjaśnimy dlaczego.
complaints-step-4 = Jeśli odpowiedź cię nie zadowala, sprawę ponownie rozpatrzy starszy kierownik.
complaints-outside-heading = Jeśli sprawa nadal nie jest załatwiona
complaints-outside-text = Jeśli sprawa nadal cię nie zadowala, możesz poprosić biuro Komisarza ds. Policji i Przestępczości West Midlands (West Midlands Police and Crime Commissioner) o rozpatrzenie twojej skargi. Komisarz to osoba wybierana przez mieszkańców, która nadzoruje pracę policji w West Midlands. Komisarz opłaca naszą usługę. Podamy ci dane kontaktowe biura. Jeśli skarga dotyczy twoich danych osobowych, możesz też zwrócić się do ICO.
complaints-help-heading = Pomoc w złożeniu skargi
complaints-help-text = Przyjaciel, ktoś z rodziny lub rzecznik może złożyć skargę w twoim imieniu. Możemy zapewnić tłumacza.
complaints-funder-text = Usługę { $service } opłaca Komisarz ds. Policji i Przestępczości West Midlands. Dlatego jego biuro może rozpatrzyć twoją skargę, jeśli my nie zdołamy naprawić sprawy.

## Contact us

contact-title = Kontakt
contact-intro = Porozmawiaj z nami o sprawiedliwości naprawczej, zadaj pytanie lub rozpocznij zgłoszenie. To bezpłatne i poufne.
contact-start-heading = Inne sposoby, by zacząć
contact-refer-link = Zgłoś siebie lub inną osobę online
contact-call-back-link = Poproś, byśmy oddzwonili
contact-relay-heading = Jeśli jesteś osobą głuchą lub masz trudności ze słyszeniem lub mówieniem
contact-relay-text = Możesz zadzwonić do nas przez Relay UK. Wybierz 18001, a potem nasz numer, z tekstofonu lub aplikacji Relay UK.
contact-bsl-text = Jeśli używasz brytyjskiego języka migowego (BSL), możesz zadzwonić do nas przez usługę wideo z tłumaczem BSL. Tłumacz łączy się przez wideo i rozmawia z nami w twoim imieniu. Na spotkania możemy też bezpłatnie zamówić tłumacza BSL.
contact-language-heading = Inne języki
contact-language-text = Możemy zapewnić bezpłatnego tłumacza. Zadzwoń i powiedz po angielsku nazwę swojego języka, na przykład „Polish”. Oddzwonimy z tłumaczem.

## Leaflet

leaflet-title = Ulotka do druku
leaflet-print-note = To nasza jednostronicowa ulotka. Aby wydrukować ją na papierze A4, użyj opcji Drukuj w przeglądarce.
leaflet-heading = Skrzywdziło cię przestępstwo? Możesz zostać wysłuchany.
leaflet-what = Sprawiedliwość naprawcza pomaga osobom skrzywdzonym przez przestępstwo porozmawiać ze sprawcą albo przekazać mu wiadomość. Przeszkolona osoba dba o bezpieczeństwo.
leaflet-facts-heading = Najważniejsze informacje
leaflet-fact-any = Każde przestępstwo, w każdym czasie. Nie musisz zgłaszać sprawy na policję.
leaflet-fact-interpreter = Możemy zapewnić bezpłatnego tłumacza.
leaflet-contact-heading = Skontaktuj się z nami
leaflet-qr = Zeskanuj ten kod aparatem w telefonie, by otworzyć naszą stronę.

## Something went wrong (500)

server-error-title = Przepraszamy, coś poszło nie tak
server-error-text = Wystąpił problem po naszej stronie. Spróbuj ponownie za kilka minut. Jeśli to się powtarza, zadzwoń pod { $phone }.
server-error-home-link = Przejdź do strony głównej

## Added with the journeys

contact-withdraw-heading = Wycofaj swoje zgłoszenie
contact-withdraw-text = Możesz zrezygnować w każdej chwili. Nie musisz mówić dlaczego.
contact-withdraw-link = Poproś o wycofanie zgłoszenia
online-autofill-heading = Gdy przeglądarka wypełnia formularz za Ciebie
online-autofill-text = Nasz formularz pozwala przeglądarce wpisać za Ciebie imię, numer telefonu i e-mail. To oszczędza czas. Ale przeglądarka może je potem zapamiętać.
online-autofill-off = Jeśli ktoś inny korzysta z Twojego urządzenia, używaj trybu prywatnego albo wyłącz autouzupełnianie w ustawieniach przeglądarki. Prosimy przeglądarkę, aby nie wpisywała ani nie zapamiętywała tego, co piszesz o tym, co się stało.
