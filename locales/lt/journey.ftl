## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = Pradėti dabar
button-continue = Tęsti
button-send = Siųsti
button-carry-on = Tęsti toliau
button-skip = Praleisti šiuos klausimus
link-back = Atgal
select-choose = Pasirinkite mėnesį
spam-trap-label = Palikite šį laukelį tuščią
offer-call-back = Vietoj to galite paprašyti, kad jums paskambintume
check-change = Keisti
check-not-answered = Neatsakyta
consent-privacy-link = Skaitykite, kaip naudojame jūsų informaciją (pranešimas apie privatumą)
textarea-count =
    Panaudojote { $used } iš { $max ->
        [one] { $max } ženklo
        [few] { $max } ženklų
        [many] { $max } ženklo
       *[other] { $max } ženklų
    }.

## Errors

error-summary-title = Kilo problema
error-prefix = Klaida:
error-title-prefix = Klaida:
error-choose-from-list = Pasirinkite vieną iš sąraše esančių atsakymų
error-too-long =
    Naudokite ne daugiau kaip { $count ->
        [one] { $count } ženklą
        [few] { $count } ženklus
        [many] { $count } ženklo
       *[other] { $count } ženklų
    }
error-phone = Įveskite telefono numerį, pavyzdžiui, 07700 900 982 arba +48 601 234 567
error-email = Įveskite el. pašto adresą, pavyzdžiui, name@example.com
error-postcode = Įveskite pašto kodą, pavyzdžiui, B1 1BB
error-year = Įveskite metus 4 skaitmenimis, pavyzdžiui, 2024
error-years = Įveskite metų skaičių, pavyzdžiui, 3
error-crime-reference = Nusikaltimo numeryje gali būti tik raidės, skaičiai, / ir -
error-reference = Įveskite savo registracijos numerį, pavyzdžiui, RJ-HK4M-7TWX
error-date-future = Data turi būti praeityje
error-too-fast = Patikrinkite savo atsakymus ir išsiųskite juos dar kartą

## Start pages

start-referral-title = Kreiptis dėl atkuriamojo teisingumo
start-referral-body =
    Užduosime jums kelis klausimus apie jus ir apie tai, kas įvyko. Tai užtrunka apie 15 minučių.

    Tai nemokama. Tai konfidencialu. Niekas nevyks, jei jūs to nenorėsite, ir galite sustoti bet kada.

    Galite praleisti viską, ko dabar nenorite mums sakyti. Tada kas nors iš mūsų komandos susisieks su jumis jūsų pasirinktu būdu.
start-call-back-title = Paprašykite, kad jums paskambintume
start-call-back-body =
    Nurodykite telefono numerį ir tinkamą laiką skambinti. Tai užtrunka apie 3 minutes.

    Paskambinsime, kad atsakytume į jūsų klausimus. Telefonu jums nereikės nieko nuspręsti.
start-withdrawal-title = Atšaukite savo kreipimąsi
start-withdrawal-body =
    Galite sustoti bet kada ir dėl bet kokios priežasties. Jums nereikia mums sakyti kodėl.

    Jums reikės registracijos numerio, kurį jums davėme.
start-kept-for =
    Kol pildote formą, jūsų atsakymus saugome savo serveryje iki { $hours ->
        [one] { $hours } valandos
        [few] { $hours } valandų
        [many] { $hours } valandos
       *[other] { $hours } valandų
    }. Jie ištrinami, kai juos išsiunčiate arba paspaudžiate „{ quick-exit }“.

## Referral: who it is for

q-for-whom = Kam tai skirta?
q-for-whom-me = Man
q-for-whom-someone-else = Kitam žmogui, kuris su tuo sutinka
q-for-whom-error = Pasirinkite, kam tai skirta

step-referral-on-behalf = Apie jus
q-relationship = Iš kur pažįstate šį žmogų?
q-relationship-family = Esame iš tos pačios šeimos
q-relationship-friend = Esame draugai
q-relationship-supporter = Padedu šiam žmogui (pavyzdžiui, slaugau jį ar jam atstovauju)
q-relationship-professional = Dirbu su šiuo žmogumi
q-relationship-error = Pasirinkite, iš kur pažįstate šį žmogų
q-organisation-type = Kur dirbate?
q-organisation-type-police = Policijoje
q-organisation-type-probation = Probacijos tarnyboje
q-organisation-type-victim-care = Pagalbos nukentėjusiesiems tarnyboje
q-organisation-type-yot = Youth Offending Team (darbui su nepilnamečiais)
q-organisation-type-prison = Kalėjime
q-organisation-type-csp = Bendruomenės saugumo partnerystėje (Community Safety Partnership)
q-organisation-type-health = Sveikatos priežiūros įstaigoje, pvz., pas šeimos gydytoją ar ligoninėje
q-organisation-type-school = Mokykloje ar koledže
q-organisation-type-other = Kitur
q-organisation-type-error = Pasirinkite, kur dirbate
q-organisation-name = Jūsų organizacijos pavadinimas (neprivaloma)

step-referral-your-details = Jūsų duomenys
q-referrer-name = Jūsų vardas
q-referrer-name-error = Įveskite savo vardą
q-referrer-phone = Jūsų telefono numeris
q-referrer-phone-error = Įveskite savo telefono numerį
q-referrer-email = Jūsų el. pašto adresas (neprivaloma)

q-agreed = Ar šis žmogus sutiko, kad jį nukreiptumėte?
q-agreed-hint = Galime padėti tik tam, kas nori mūsų pagalbos. Jei esate policijos pareigūnas ir dar nepaklausėte šio žmogaus, galime jo paklausti vietoj jūsų.
q-agreed-yes = Taip, sutinka
q-agreed-not-asked = Dar jo nepaklausiau
q-agreed-no = Ne, nesutinka
q-agreed-error = Pasirinkite, ar žmogus sutinka

step-referral-need-agreement = Pirmiausia žmogus turi sutikti
step-referral-need-agreement-body =
    Atkuriamasis teisingumas veikia tik tada, kai žmonės jį pasirenka patys. Todėl galime priimti kreipimąsi tik tada, kai žmogus apie jį žino ir sutinka.

    Galite papasakoti jam apie šią svetainę arba duoti mūsų telefono numerį. Jis gali susisiekti su mumis pats arba sutikti, kad šią formą išsiųstumėte jūs.

    Jei nerimaujate dėl jo saugumo, skubiu atveju skambinkite 999, o jei tai nėra skubu – 101.

step-referral-we-will-ask = Paklausime jo vietoj jūsų
step-referral-we-will-ask-body =
    Ačiū. Šio žmogaus dar niekas nepaklausė, todėl pirmiausia susisieksime su juo ir paklausime, ar jis nori mūsų pagalbos. Niekas daugiau nevyks, jei jis nesutiks.

    Tęskite ir papasakokite mums, ką žinote. Galite praleisti viską, kuo nesate tikri.

## Referral: what happened

q-connection = Kaip esate susiję su tuo, kas įvyko?
q-connection-harmed = Nukentėjau aš
q-connection-family-harmed = Nukentėjo kas nors iš mano šeimos
q-connection-bereaved = Dėl nusikaltimo mirė kas nors iš mano šeimos
q-connection-caused-harm = Žalą padariau aš
q-connection-other-affected = Mane tai paveikė kitaip
q-connection-error = Pasirinkite, kaip esate susiję
q-connection-them = Kaip šis žmogus susijęs su tuo, kas įvyko?
q-connection-them-harmed = Nukentėjo šis žmogus
q-connection-them-family-harmed = Nukentėjo kas nors iš jo šeimos
q-connection-them-bereaved = Dėl nusikaltimo mirė kas nors iš jo šeimos
q-connection-them-caused-harm = Žalą padarė šis žmogus
q-connection-them-other-affected = Šį žmogų tai paveikė kitaip
q-connection-them-error = Pasirinkite, kaip šis žmogus susijęs

step-referral-what-happened = Kas įvyko
q-crime-type = Koks tai buvo nusikaltimas?
q-crime-type-hint = Pasirinkite artimiausią. Jums nereikia pasakoti smulkmenų.
q-crime-type-violence = Smurtas ar užpuolimas
q-crime-type-sexual = Seksualinis nusikaltimas
q-crime-type-domestic-abuse = Smurtas artimoje aplinkoje
q-crime-type-hate-crime = Neapykantos nusikaltimas
q-crime-type-burglary = Įsilaužimas į namus
q-crime-type-robbery = Plėšimas
q-crime-type-theft = Vagystė
q-crime-type-criminal-damage = Turto sugadinimas
q-crime-type-fraud-online = Sukčiavimas ar nusikaltimas internete
q-crime-type-harassment = Priekabiavimas ar persekiojimas
q-crime-type-driving = Nusikaltimas vairuojant
q-crime-type-asb = Antisocialus elgesys, pavyzdžiui, triukšmas ar trukdymas
q-crime-type-not-crime = Žala, kuri nebuvo nusikaltimas, pavyzdžiui, mokykloje ar darbe
q-crime-type-other = Kita
q-crime-type-prefer-not = Nenoriu sakyti
q-crime-type-error = Pasirinkite nusikaltimo rūšį arba „Nenoriu sakyti“
q-markers = Ar kas nors iš to tiesa? (neprivaloma)
q-markers-hate = Tai įvyko dėl to, kas aš esu, pavyzdžiui, dėl mano rasės, religijos, negalios, seksualinės orientacijos ar lyties
q-markers-online = Tai įvyko internete
q-markers-domestic = Tai padarė partneris, buvęs partneris ar šeimos narys

step-referral-not-a-crime = Padedame po nusikaltimo
step-referral-not-a-crime-body =
    Mūsų paslauga skirta žalai, kurią sukėlė nusikaltimas. Jei žala mokykloje, darbe ar namuose nebuvo nusikaltimas, gali padėti mokykla, darbdavys ar vietos mediacijos tarnyba.

    Vis tiek galite atsiųsti mums savo duomenis. Juos perskaitysime ir pasakysime, kas gali padėti.

step-referral-anti-social-behaviour = Pagalba dėl antisocialaus elgesio
step-referral-anti-social-behaviour-body =
    Antisocialus elgesys, pavyzdžiui, kaimynų triukšmas ar trukdymas, paprastai nėra nusikaltimas. Jūsų vietos savivaldybė (council) ar būsto tiekėjas dažnai turi tam nemokamą mediacijos tarnybą.

    Vis tiek galite atsiųsti mums savo duomenis. Juos perskaitysime ir pasakysime, kas gali padėti.

step-referral-when = Kada tai įvyko
q-when = Kada tai įvyko?
q-when-date = Žinau mėnesį ir metus
q-when-years-ago = Apytiksliai žinau, prieš kiek metų
q-when-not-sure = Tiksliai nežinau
q-when-error = Pasirinkite, kada tai įvyko
q-when-month = Mėnuo
q-when-month-error = Pasirinkite mėnesį
q-when-year = Metai
q-when-year-hint = Pavyzdžiui, 2024
q-when-year-error = Įveskite metus
q-when-years = Prieš kiek metų?
q-when-years-error = Įveskite, prieš kiek metų
q-how-long = Kiek laiko tai truko? (neprivaloma)
q-how-long-hint = Kartais žala padaroma vieną kartą. Kartais ji trunka ilgai.
q-how-long-once = Tai įvyko vieną kartą arba per kelias dienas
q-how-long-up-to-3-years = Tai truko iki 3 metų
q-how-long-more-than-3-years = Tai truko ilgiau nei 3 metus
q-how-long-not-sure = Tiksliai nežinau
q-ongoing = Ar tai vis dar vyksta, ar nerimaujate, kad tai gali pasikartoti? (neprivaloma)
q-ongoing-yes = Taip
q-ongoing-no = Ne
q-ongoing-not-sure = Tiksliai nežinau

step-referral-police = Policija ir teismai
q-reported = Ar apie tai buvo pranešta policijai?
q-reported-hint = Kad paprašytumėte mūsų pagalbos, nebūtina būti pranešus policijai.
q-reported-yes = Taip
q-reported-no = Ne
q-reported-not-sure = Tiksliai nežinau
q-reported-error = Pasirinkite „taip“, „ne“ arba „tiksliai nežinau“
q-crime-reference = Nusikaltimo numeris (neprivaloma)
q-crime-reference-hint = Tik jei jį turite po ranka.
q-stage = Kas su tuo vyksta dabar?
q-stage-not-reported = Apie tai nebuvo pranešta
q-stage-investigating = Policija tai tiria
q-stage-awaiting-court = Laukiama teismo
q-stage-prison = Kažkas buvo nuteistas kalėti
q-stage-community = Kažkam buvo paskirta bausmė, atliekama bendruomenėje
q-stage-finished = Viskas baigta
q-stage-no-further-action = Policija toliau nieko nesiėmė
q-stage-dont-know = Nežinau
q-stage-error = Pasirinkite, kas vyksta dabar
q-agencies = Ar, be policijos, tuo užsiima ir kitos tarnybos? (neprivaloma)
q-agencies-hint = Pavyzdžiui, socialinės tarnybos, socialinis darbuotojas, psichikos sveikatos specialistų komanda ar mokykla.
q-agencies-yes = Taip
q-agencies-no = Ne
q-agencies-not-sure = Tiksliai nežinau

step-referral-where = Kur
q-area-happened = Kur tai įvyko?
q-area-happened-error = Pasirinkite, kur tai įvyko
q-area-lives = Kur gyvenate?
q-area-lives-error = Pasirinkite, kur gyvenate
q-area-lives-them = Kur gyvena šis žmogus?
q-area-lives-them-error = Pasirinkite, kur gyvena šis žmogus
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
q-area-happened-elsewhere = Kitur
q-area-happened-not-sure = Tiksliai nežinau
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
q-area-lives-elsewhere = Kitur
q-area-lives-not-sure = Tiksliai nežinau

step-referral-outside-area = Pagalba už West Midlands ribų
step-referral-outside-area-body =
    Dirbame West Midlands regione. Atkuriamojo teisingumo tarnybų yra visoje Anglijoje ir Velse, ir galime perduoti jūsų duomenis artimiausiai tarnybai.

    Vis tiek galite atsiųsti mums savo duomenis. Pasikalbėsime su tinkama tarnyba ir jums pranešime.

step-referral-other-person = Kitas žmogus
q-other-age = Kiek metų žmogui, kuris padarė žalą?
q-other-age-hint = Jei žalą padarėte jūs, papasakokite apie žmogų, kurį nuskriaudėte.
q-other-age-under-18 = Jaunesnis nei 18 metų
q-other-age-adult = 18 metų ar vyresnis
q-other-age-dont-know = Nežinau
q-other-age-error = Pasirinkite amžių arba „Nežinau“
q-other-age-them = Kiek metų žmogui, kuris padarė žalą?
q-other-age-them-hint = Jei žalą padarė žmogus, kurį nukreipiate, papasakokite apie žmogų, kurį jis nuskriaudė.
q-other-age-them-error = Pasirinkite amžių arba „Nežinau“
q-other-known = Ar žinote, kas jis yra?
q-other-known-yes = Taip
q-other-known-no = Ne
q-other-known-not-sure = Tiksliai nežinau
q-other-known-error = Pasirinkite „taip“, „ne“ arba „tiksliai nežinau“
q-how-many = Kiek žmonių padarė žalą?
q-how-many-one = Vienas žmogus
q-how-many-two-or-three = 2 ar 3 žmonės
q-how-many-more-than-three = Daugiau nei 3 žmonės
q-how-many-dont-know = Nežinau
q-how-many-error = Pasirinkite, kiek žmonių
q-how-many-harmed = Kiek žmonių nukentėjo? (neprivaloma)
q-how-many-harmed-one = Vienas žmogus
q-how-many-harmed-two-or-three = 2 ar 3 žmonės
q-how-many-harmed-more-than-three = Daugiau nei 3 žmonės
q-how-many-harmed-dont-know = Nežinau
q-vulnerable = Ar kuriam nors iš susijusių žmonių reikia papildomos pagalbos, kad galėtų saugiai dalyvauti? (neprivaloma)
q-vulnerable-hint = Pavyzdžiui, dėl amžiaus, negalios ar psichikos sveikatos.
q-vulnerable-yes = Taip
q-vulnerable-no = Ne
q-vulnerable-not-sure = Tiksliai nežinau

step-referral-young-person = Kai žalą padarė jaunas žmogus
step-referral-young-person-body =
    Kai žalą padaręs žmogus yra jaunesnis nei 18 metų, paprastai darbui vadovauja vietos Youth Offending Team (savivaldybės komanda, dirbanti su įstatymą pažeidusiais jaunesniais nei 18 metų žmonėmis). Pirmiausia pasikalbėsime su jais ir pasirūpinsime, kad gautumėte tinkamą pagalbą.

    Vis tiek galite atsiųsti mums savo duomenis.

## Referral: in your own words, about you

step-referral-own-words = Savais žodžiais (neprivaloma)
q-story = Kas įvyko?
q-story-hint = Pasakykite tik tai, ką norite. Šį laukelį galite palikti tuščią.
q-hopes = Ko norėtumėte?
q-hopes-hint = Pavyzdžiui, užduoti klausimą, būti išklausyti ar sulaukti atsiprašymo.
q-hopes-them = Ko norėtų šis žmogus?
q-hopes-them-hint = Pavyzdžiui, užduoti klausimą, išsakyti, ką jaučia, ar sulaukti atsiprašymo.

step-referral-about-you = Apie jus
step-referral-about-you-them = Apie šį žmogų
q-name = Kaip turėtume į jus kreiptis?
q-name-hint = Tai gali būti jūsų vardas arba kitas vardas, kurį mėgstate.
q-name-error = Įveskite, kaip turėtume į jus kreiptis
q-name-them = Kaip turėtume kreiptis į šį žmogų?
q-name-them-hint = Tai gali būti šio žmogaus vardas arba kitas vardas, kurį jis mėgsta.
q-name-them-error = Įveskite, kaip turėtume kreiptis į šį žmogų
q-age-band = Kiek jums metų?
q-age-band-under-18 = Mažiau nei 18
q-age-band-18-24 = 18–24
q-age-band-25-34 = 25–34
q-age-band-35-44 = 35–44
q-age-band-45-54 = 45–54
q-age-band-55-64 = 55–64
q-age-band-65-plus = 65 ar daugiau
q-age-band-prefer-not = Nenoriu sakyti
q-age-band-error = Pasirinkite savo amžių arba „Nenoriu sakyti“
q-age-band-them = Kiek šiam žmogui metų?
q-age-band-them-error = Pasirinkite šio žmogaus amžių arba „Nenoriu sakyti“

step-referral-under-18 = Jei jums dar nėra 18 metų
step-referral-under-18-body =
    Dalyvauti atkuriamajame teisingume galite bet kokio amžiaus. Jums nereikia tėvų leidimo.

    Jei norite, pasirūpinsime, kad su jumis būtų jus palaikantis suaugusysis, pavyzdžiui, vienas iš tėvų, globėjas ar darbuotojas su jaunimu.

step-referral-under-18-them = Jei šiam žmogui dar nėra 18 metų
step-referral-under-18-them-body =
    Dalyvauti atkuriamajame teisingume gali bet kas, bet kokio amžiaus. Šiam žmogui nereikia tėvų leidimo.

    Jei šis žmogus nori, pasirūpinsime, kad su juo būtų jį palaikantis suaugusysis, pavyzdžiui, vienas iš tėvų, globėjas ar darbuotojas su jaunimu.

## Referral: contacting you safely

step-referral-contact = Kaip su jumis susisiekti
step-referral-contact-them = Kaip susisiekti su šiuo žmogumi
q-contact-ways = Kaip galime su jumis susisiekti?
q-contact-ways-hint = Pasirinkite visus būdus, kurie jums saugūs.
q-contact-ways-phone = Telefono skambutis
q-contact-ways-text = SMS žinutė
q-contact-ways-email = El. paštas
q-contact-ways-letter = Laiškas paštu
q-contact-ways-error = Pasirinkite bent vieną būdą susisiekti su jumis
q-contact-ways-them = Kaip galime susisiekti su šiuo žmogumi?
q-contact-ways-them-hint = Pasirinkite visus būdus, kurie šiam žmogui saugūs.
q-contact-ways-them-error = Pasirinkite bent vieną būdą susisiekti su šiuo žmogumi
q-phone = Telefono numeris
q-phone-error = Įveskite telefono numerį
q-email = El. pašto adresas
q-email-error = Įveskite el. pašto adresą
q-address = Adresas
q-address-error = Įveskite savo adresą
q-address-them = Šio žmogaus adresas
q-address-them-error = Įveskite šio žmogaus adresą
q-postcode = Pašto kodas
q-postcode-error = Įveskite savo pašto kodą
q-postcode-them = Šio žmogaus pašto kodas
q-postcode-them-error = Įveskite šio žmogaus pašto kodą

step-referral-contact-safety = Saugus susisiekimas
q-voicemail-ok = Ar saugu, jei paliksime balso žinutę ar išsiųsime SMS?
q-voicemail-ok-hint = Žinutėje niekada nesakysime, dėl ko skambiname ar rašome.
q-voicemail-ok-yes = Taip
q-voicemail-ok-no = Ne
q-voicemail-ok-error = Pasirinkite „taip“ arba „ne“
q-email-ok = Ar saugu jums rašyti el. laiškus?
q-email-ok-yes = Taip
q-email-ok-no = Ne
q-email-ok-error = Pasirinkite „taip“ arba „ne“
q-email-ok-them = Ar saugu šiam žmogui rašyti el. laiškus?
q-email-ok-them-error = Pasirinkite „taip“ arba „ne“
q-safe-times = Kada saugu su jumis susisiekti? (neprivaloma)
q-safe-times-hint = Pavyzdžiui, darbo dienomis po 14 val.
q-safe-times-them = Kada saugu susisiekti su šiuo žmogumi? (neprivaloma)
q-safe-times-them-hint = Pavyzdžiui, darbo dienomis po 14 val.
q-caller-notes = Ką skambinantis žmogus turėtų ar neturėtų sakyti? (neprivaloma)
q-caller-notes-hint = Pavyzdžiui, „sakykite, kad skambinate iš gydytojo kabineto“ arba „paprašykite Sam“.

## Referral: your needs, your safety

step-referral-needs = Ko jums iš mūsų reikia
step-referral-needs-them = Ko šiam žmogui reikia iš mūsų
q-language = Kokia kalba norėtumėte bendrauti? (neprivaloma)
q-language-them = Kokia kalba šis žmogus norėtų bendrauti? (neprivaloma)
q-interpreter = Ar norėtumėte vertėjo?
q-interpreter-yes = Taip
q-interpreter-no = Ne
q-interpreter-error = Pasirinkite „taip“ arba „ne“
q-interpreter-them = Ar šis žmogus norėtų vertėjo?
q-interpreter-them-error = Pasirinkite „taip“ arba „ne“
q-bsl = Ar naudojate britų gestų kalbą (British Sign Language, BSL)?
q-bsl-yes = Taip
q-bsl-no = Ne
q-bsl-error = Pasirinkite „taip“ arba „ne“
q-bsl-them = Ar šis žmogus naudoja britų gestų kalbą (British Sign Language, BSL)?
q-bsl-them-error = Pasirinkite „taip“ arba „ne“
q-access = Ar kas nors iš šito jums padėtų? (neprivaloma)
q-access-them = Ar kas nors iš šito padėtų šiam žmogui? (neprivaloma)
q-access-large-print = Didelis šriftas
q-access-easy-read = Lengvai skaitomas tekstas
q-access-hearing = Pagalba dėl klausos
q-access-sight = Pagalba dėl regėjimo
q-access-mobility = Pagalba judant
q-access-learning-disability = Parama dėl intelekto negalios
q-access-mental-health = Parama dėl psichikos sveikatos
q-support-person = Ar norėtumėte, kad šalia būtų jus palaikantis žmogus?
q-support-person-hint = Pavyzdžiui, draugas, šeimos narys ar socialinis darbuotojas.
q-support-person-yes = Taip
q-support-person-no = Ne
q-support-person-error = Pasirinkite „taip“ arba „ne“
q-support-person-them = Ar šis žmogus norėtų, kad šalia būtų kas nors, kas jį palaikytų?
q-support-person-them-hint = Pavyzdžiui, draugas, šeimos narys ar socialinis darbuotojas.
q-support-person-them-error = Pasirinkite „taip“ arba „ne“

q-safe-now = Ar jums dabar saugu?
q-safe-now-yes = Taip
q-safe-now-no = Ne
q-safe-now-not-sure = Tiksliai nežinau
q-safe-now-error = Pasirinkite „taip“, „ne“ arba „tiksliai nežinau“
q-safe-now-them = Ar šiam žmogui dabar saugu?
q-safe-now-them-error = Pasirinkite „taip“, „ne“ arba „tiksliai nežinau“

step-referral-not-safe = Pagalba dabar
step-referral-not-safe-body =
    Jei jums gresia pavojus, skambinkite 999 dabar.

    Jei negalite kalbėti, skambinkite 999 iš mobiliojo telefono. Išgirdę balsą, paspauskite 55. Taip policija sužinos, kad tai tikras skubus atvejis.

    Jei tai nėra skubu, skambinkite policijai 101.

    Kai būsite pasiruošę, galėsite tęsti šios formos pildymą. Susisiekdami su jumis būsime ypač atsargūs.

step-referral-not-safe-them = Pagalba dabar
step-referral-not-safe-them-body =
    Jei šiam žmogui gresia pavojus, skambinkite 999 dabar.

    Jei tai nėra skubu, skambinkite policijai 101.

    Kai būsite pasiruošę, galėsite tęsti šios formos pildymą. Susisiekdami su šiuo žmogumi būsime ypač atsargūs.

## Referral: check, consent, send

step-referral-check = Patikrinkite savo atsakymus
step-referral-consent = Jūsų sutikimas
step-referral-consent-body =
    Dalyvauti ar ne – jūsų pasirinkimas. Galite sustoti bet kada, net ir išsiuntę šią formą.

    Jūsų atsakymus naudosime tam, kad su jumis susisiektume ir suplanuotume, kas bus toliau. Juos saugome ir perduodame tik tada, kai privalome, pavyzdžiui, kad apsaugotume ką nors nuo žalos.
q-consent = Jūsų sutikimas
q-consent-agree = Sutinku, kad naudotumėte mano atsakymus ir susisiektumėte su manimi dėl atkuriamojo teisingumo
q-consent-error = Pažymėkite langelį, kad sutinkate, ir tada galėsime su jumis susisiekti
step-referral-consent-them = Kreipimosi išsiuntimas
step-referral-consent-them-body =
    Dalyvauti ar ne – visada paties žmogaus pasirinkimas. Jis gali sustoti bet kada, net ir jums išsiuntus šią formą.

    Šiuos atsakymus naudosime tam, kad susisiektume su šiuo žmogumi, o prireikus ir su jumis, ir suplanuotume, kas bus toliau. Juos saugome ir perduodame tik tada, kai privalome, pavyzdžiui, kad apsaugotume ką nors nuo žalos.
q-consent-them = Jūsų sutikimas
q-consent-them-agree = Sutinku, kad naudotumėte šiuos atsakymus ir susisiektumėte su šiuo žmogumi, o prireikus ir su manimi, dėl atkuriamojo teisingumo
q-consent-them-error = Pažymėkite langelį, kad sutinkate, ir tada galėsime susisiekti su šiuo žmogumi

## Call back

step-call-back-your-details = Jūsų duomenys
step-call-back-when = Kada skambinti
q-call-days = Kurios dienos tinka geriausiai? (neprivaloma)
q-call-days-monday = Pirmadienis
q-call-days-tuesday = Antradienis
q-call-days-wednesday = Trečiadienis
q-call-days-thursday = Ketvirtadienis
q-call-days-friday = Penktadienis
q-call-times = Koks dienos metas tinka geriausiai? (neprivaloma)
q-call-times-morning = Rytas
q-call-times-lunchtime = Pietų metas
q-call-times-afternoon = Popietė
step-call-back-language = Kalba
q-call-reason = Apie ką norėtumėte pasikalbėti? (neprivaloma)
q-call-reason-hint = Užtenka kelių žodžių. Šį laukelį galite palikti tuščią.
step-call-back-check = Patikrinkite savo atsakymus
step-call-back-consent = Jūsų sutikimas
step-call-back-consent-body =
    Jūsų telefono numerį naudosime tik tam, kad jums paskambintume dėl atkuriamojo teisingumo.

## Withdrawal

step-withdrawal-details = Atšaukite savo kreipimąsi
step-withdrawal-details-body =
    Nurodykite savo registracijos numerį ir kaip galime patikrinti, kad tai jūs. Čia jums nerodysime jokios informacijos apie jūsų kreipimąsi.
q-reference = Jūsų registracijos numeris
q-reference-hint = Jis prasideda raidėmis RJ, pavyzdžiui, RJ-HK4M-7TWX.
q-reference-error = Įveskite savo registracijos numerį
q-withdraw-contact = Jūsų telefono numeris arba el. pašto adresas
q-withdraw-contact-hint = Tas, kurį mums nurodėte, kad galėtume patikrinti, ar tai jūs.
q-withdraw-contact-error = Įveskite savo telefono numerį arba el. pašto adresą
q-withdraw-reason = Kodėl norite sustoti? (neprivaloma)
q-withdraw-reason-hint = Jums nereikia mums to sakyti.
q-withdraw-confirm = Patvirtinkite
q-withdraw-confirm-confirm = Noriu atšaukti savo kreipimąsi
q-withdraw-confirm-error = Pažymėkite langelį, kad patvirtintumėte, jog norite sustoti

## Confirmation

sent-referral-title = Gavome jūsų kreipimąsi
sent-call-back-title = Mes jums paskambinsime
sent-withdrawal-title = Gavome jūsų prašymą sustoti
sent-reference = Jūsų registracijos numeris:
sent-keep-reference = Saugokite šį numerį. Jo reikės, jei dėl to kreipsitės į mus.
sent-next-heading = Kas bus toliau
sent-referral-next = Kas nors iš mūsų komandos susisieks su jumis iki { $date } tuo būdu, kurį nurodėte kaip saugų.
sent-call-back-next = Paskambinsime jums iki { $date }.
sent-withdrawal-next = Nutrauksime darbą su jūsų kreipimusi ir iki { $date } tai patvirtinsime, jei su jumis susisiekti saugu.
sent-contact-heading = Susisiekite su mumis
sent-withdraw-heading = Jei persigalvosite
sent-withdraw-text = Galite sustoti bet kada.
sent-withdraw-link = Atšaukite savo kreipimąsi
sent-support-heading = Pagalba, kol laukiate
sent-support-text = Bet kada galite gauti nemokamą pagalbą iš Victim Support (pagalbos nukentėjusiesiems organizacijos), nesvarbu, ar dalyvaujate atkuriamajame teisingume, ar ne. Skubiu atveju skambinkite 999.
sent-print = Kad turėtumėte įrašą, užsirašykite savo registracijos numerį arba išspausdinkite šį puslapį.
sent-equality-heading = Padėkite mums būti teisingiems (neprivaloma)
sent-equality-text = Keli klausimai apie jus padeda mums patikrinti, ar su visais elgiamės teisingai. Jūsų atsakymai laikomi atskirai nuo jūsų kreipimosi.
sent-equality-link = Atsakykite į lygybės klausimus
sent-home-link = Eiti į pagrindinį puslapį

## Equality monitoring

step-referral-equality = Padėkite mums būti teisingiems
step-referral-equality-body =
    Šie klausimai neprivalomi. Jūsų atsakymai laikomi atskirai nuo jūsų kreipimosi ir naudojami tik tam, kad suskaičiuotume, kiek žmonių mes padedame.
q-eq-age = Kiek jums metų?
q-eq-age-under-18 = Mažiau nei 18
q-eq-age-18-24 = 18–24
q-eq-age-25-34 = 25–34
q-eq-age-35-44 = 35–44
q-eq-age-45-54 = 45–54
q-eq-age-55-64 = 55–64
q-eq-age-65-plus = 65 ar daugiau
q-eq-age-prefer-not = Nenoriu sakyti
q-eq-sex = Kokia jūsų lytis?
q-eq-sex-female = Moteris
q-eq-sex-male = Vyras
q-eq-sex-prefer-not = Nenoriu sakyti
q-eq-gender-same = Ar lytis, su kuria save tapatinate, yra tokia pati kaip lytis, užregistruota jums gimus?
q-eq-gender-same-yes = Taip
q-eq-gender-same-no = Ne
q-eq-gender-same-prefer-not = Nenoriu sakyti
q-eq-ethnicity = Kokiai etninei grupei priklausote?
q-eq-ethnicity-white-british = Baltieji: anglų, valų, škotų, Šiaurės Airijos ar britų kilmės
q-eq-ethnicity-white-irish = Baltieji: airių kilmės
q-eq-ethnicity-white-gypsy-traveller = Baltieji: čigonų (Gypsy) ar airių klajoklių (Irish Traveller) kilmės
q-eq-ethnicity-white-roma = Baltieji: romų kilmės
q-eq-ethnicity-white-other = Baltieji: bet kokia kita baltųjų kilmė
q-eq-ethnicity-mixed-white-black-caribbean = Mišrios kilmės: baltųjų ir Karibų juodaodžių
q-eq-ethnicity-mixed-white-black-african = Mišrios kilmės: baltųjų ir Afrikos juodaodžių
q-eq-ethnicity-mixed-white-asian = Mišrios kilmės: baltųjų ir azijiečių
q-eq-ethnicity-mixed-other = Mišrios kilmės: bet kokia kita mišri ar daugialypė kilmė
q-eq-ethnicity-asian-indian = Azijiečiai ar britai azijiečiai: indų kilmės
q-eq-ethnicity-asian-pakistani = Azijiečiai ar britai azijiečiai: pakistaniečių kilmės
q-eq-ethnicity-asian-bangladeshi = Azijiečiai ar britai azijiečiai: bangladešiečių kilmės
q-eq-ethnicity-asian-chinese = Azijiečiai ar britai azijiečiai: kinų kilmės
q-eq-ethnicity-asian-other = Azijiečiai ar britai azijiečiai: bet kokia kita azijiečių kilmė
q-eq-ethnicity-black-african = Juodaodžiai, britai juodaodžiai, Karibų ar Afrikos kilmės: afrikiečių kilmės
q-eq-ethnicity-black-caribbean = Juodaodžiai, britai juodaodžiai, Karibų ar Afrikos kilmės: Karibų kilmės
q-eq-ethnicity-black-other = Juodaodžiai, britai juodaodžiai, Karibų ar Afrikos kilmės: bet kokia kita kilmė
q-eq-ethnicity-other-arab = Kita etninė grupė: arabų kilmės
q-eq-ethnicity-other-any = Bet kokia kita etninė grupė
q-eq-ethnicity-prefer-not = Nenoriu sakyti
q-eq-disability = Ar turite negalią ar ilgalaikę sveikatos problemą?
q-eq-disability-yes = Taip
q-eq-disability-no = Ne
q-eq-disability-prefer-not = Nenoriu sakyti

## Too many tries

busy-title = Prašome šiek tiek palaukti
busy-text =
    Per trumpą laiką iš jūsų ryšio gavome daug atsakymų. Palaukite { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } ir tada bandykite dar kartą.
busy-back = Paspauskite naršyklės mygtuką „Atgal“, kad grįžtumėte prie savo atsakymų. Jie vis dar ten.

## Our database is not answering

store-down-title = Šiuo metu negalime išsaugoti jūsų atsakymų
store-down-text = Mūsų pusėje kilo problema. Atsakymai, kuriuos pateikėte ankstesniuose puslapiuose, neprarasti. Tai, ką įvedėte šiame puslapyje, vis dar yra jūsų naršyklėje: paspauskite naršyklės mygtuką „Atgal“, kad grįžtumėte į šį puslapį, ir po kelių minučių pabandykite dar kartą. Jei tai kartojasi, skambinkite mums { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = Papasakokite, kaip sekėsi
feedback-intro = Ačiū, kad dalyvavote. Jūsų atsakymai padeda mums gerinti paslaugą kitiems žmonėms. Mes juos tik skaičiuojame: niekas jų neskaito kartu su jūsų vardu.
feedback-prefer-not = Prie bet kurio klausimo galite pasirinkti „Nenoriu sakyti“.
q-fb-service = Kiek esate patenkinti paslauga, kurią jums suteikėme?
q-fb-service-very-satisfied = Labai patenkintas
q-fb-service-satisfied = Patenkintas
q-fb-service-neither = Nei patenkintas, nei nepatenkintas
q-fb-service-dissatisfied = Nepatenkintas
q-fb-service-very-dissatisfied = Labai nepatenkintas
q-fb-service-prefer-not = Nenoriu sakyti
q-fb-service-error = Pasirinkite, kiek esate patenkinti, arba „Nenoriu sakyti“
q-fb-outcome = Kiek esate patenkinti tuo, kaip viskas baigėsi?
q-fb-outcome-very-satisfied = Labai patenkintas
q-fb-outcome-satisfied = Patenkintas
q-fb-outcome-neither = Nei patenkintas, nei nepatenkintas
q-fb-outcome-dissatisfied = Nepatenkintas
q-fb-outcome-very-dissatisfied = Labai nepatenkintas
q-fb-outcome-prefer-not = Nenoriu sakyti
q-fb-outcome-error = Pasirinkite, kiek esate patenkinti, arba „Nenoriu sakyti“
q-fb-safety = Palyginti su tuo, kaip buvo anksčiau, kiek saugiai dabar jaučiatės?
q-fb-safety-better = Saugiau nei anksčiau
q-fb-safety-same = Maždaug taip pat
q-fb-safety-worse = Mažiau saugiai nei anksčiau
q-fb-safety-prefer-not = Nenoriu sakyti
q-fb-safety-error = Pasirinkite atsakymą arba „Nenoriu sakyti“
q-fb-wellbeing = Palyginti su tuo, kaip buvo anksčiau, kaip apskritai dabar jaučiatės?
q-fb-wellbeing-better = Geriau nei anksčiau
q-fb-wellbeing-same = Maždaug taip pat
q-fb-wellbeing-worse = Blogiau nei anksčiau
q-fb-wellbeing-prefer-not = Nenoriu sakyti
q-fb-wellbeing-error = Pasirinkite atsakymą arba „Nenoriu sakyti“
q-fb-coping = Palyginti su tuo, kaip buvo anksčiau, kaip dabar jums sekasi susidoroti su tuo, kas įvyko?
q-fb-coping-better = Geriau nei anksčiau
q-fb-coping-same = Maždaug taip pat
q-fb-coping-worse = Blogiau nei anksčiau
q-fb-coping-prefer-not = Nenoriu sakyti
q-fb-coping-error = Pasirinkite atsakymą arba „Nenoriu sakyti“
q-fb-confidence = Palyginti su tuo, kaip buvo anksčiau, kiek dabar pasitikite policija ir teismais?
q-fb-confidence-better = Pasitikiu labiau nei anksčiau
q-fb-confidence-same = Maždaug taip pat
q-fb-confidence-worse = Pasitikiu mažiau nei anksčiau
q-fb-confidence-prefer-not = Nenoriu sakyti
q-fb-confidence-error = Pasirinkite atsakymą arba „Nenoriu sakyti“
feedback-gone-title = Ši nuoroda nebeveikia
feedback-gone-text = Kiekviena atsiliepimo nuoroda veikia tik vieną kartą ir tik kelias savaites. Jei vis tiek norėtumėte papasakoti, kaip sekėsi, skambinkite mums { $phone }.
feedback-thanks-title = Ačiū
feedback-thanks-text = Gavome jūsų atsakymus. Jie padeda mums gerinti paslaugą tiems, kurie kreipsis po jūsų.
