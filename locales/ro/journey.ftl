## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = Începeți acum
button-continue = Continuați
button-send = Trimiteți
button-carry-on = Mergeți mai departe
button-skip = Săriți peste aceste întrebări
link-back = Înapoi
select-choose = Alegeți o lună
spam-trap-label = Lăsați această căsuță goală
offer-call-back = Puteți cere în schimb să vă sunăm noi
check-change = Modificați
check-not-answered = Fără răspuns
consent-privacy-link = Citiți cum folosim informațiile dumneavoastră (informare despre datele personale)
textarea-count =
    Ați folosit { $used } din { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.

## Errors

error-summary-title = Există o problemă
error-prefix = Eroare:
error-title-prefix = Eroare:
error-choose-from-list = Alegeți unul dintre răspunsurile din listă
error-too-long =
    Folosiți cel mult { $count ->
        [one] { $count } caracter
        [few] { $count } caractere
       *[other] { $count } de caractere
    }
error-phone = Introduceți un număr de telefon, de exemplu 07700 900 982 sau +48 601 234 567
error-email = Introduceți o adresă de e-mail, de exemplu name@example.com
error-postcode = Introduceți un cod poștal, de exemplu B1 1BB
error-year = Introduceți anul cu 4 cifre, de exemplu 2024
error-years = Introduceți un număr de ani, de exemplu 3
error-crime-reference = Scrieți numărul de referință de la poliție doar cu litere, cifre, / și -
error-reference = Introduceți numărul de referință, de exemplu RJ-HK4M-7TWX
error-date-future = Introduceți o dată din trecut
error-too-fast = Vă rugăm să vă verificați răspunsurile, apoi să le trimiteți din nou

## Start pages

start-referral-title = Cereți justiție restaurativă
start-referral-body =
    Vă vom pune câteva întrebări despre dumneavoastră și despre ce s-a întâmplat. Durează aproximativ 15 minute.

    Este gratuit. Este confidențial. Nu se întâmplă nimic dacă nu doriți și vă puteți opri oricând.

    Puteți sări peste orice nu vreți să ne spuneți acum. Apoi, cineva din echipa noastră vă va contacta în modul pe care îl alegeți.
start-call-back-title = Cereți să vă sunăm
start-call-back-body =
    Dați-ne un număr de telefon și spuneți-ne când vă putem suna. Durează aproximativ 3 minute.

    Vă vom suna ca să vă răspundem la întrebări. Nu trebuie să hotărâți nimic la telefon.
start-withdrawal-title = Opriți cererea
start-withdrawal-body =
    Vă puteți opri oricând, din orice motiv. Nu trebuie să ne spuneți de ce.

    Veți avea nevoie de numărul de referință pe care vi l-am dat.
start-kept-for =
    Cât timp completați formularul, păstrăm răspunsurile pe serverul nostru cel mult { $hours ->
        [one] { $hours } oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    }. Ele sunt șterse când le trimiteți sau când apăsați „{ quick-exit }”.

## Referral: who it is for

q-for-whom = Pentru cine este această cerere?
q-for-whom-me = Pentru mine
q-for-whom-someone-else = Pentru altcineva, care este de acord
q-for-whom-error = Alegeți pentru cine este cererea

step-referral-on-behalf = Despre dumneavoastră
q-relationship = Ce legătură aveți cu persoana?
q-relationship-family = Fac parte din familia ei
q-relationship-friend = Suntem prieteni
q-relationship-supporter = Îi ofer sprijin (de exemplu, o îngrijesc sau o reprezint)
q-relationship-professional = Lucrez cu ea prin profesia mea
q-relationship-error = Alegeți ce legătură aveți cu persoana
q-organisation-type = Unde lucrați?
q-organisation-type-police = Poliție
q-organisation-type-probation = Probațiune
q-organisation-type-victim-care = Servicii de sprijin pentru victime
q-organisation-type-yot = Youth offending team (echipa pentru tinerii care au încălcat legea)
q-organisation-type-prison = Închisoare
q-organisation-type-csp = Parteneriat pentru siguranța comunității (community safety partnership)
q-organisation-type-health = Serviciu medical, cum ar fi medicul de familie sau spitalul
q-organisation-type-school = Școală sau colegiu
q-organisation-type-other = În altă parte
q-organisation-type-error = Alegeți unde lucrați
q-organisation-name = Numele organizației (opțional)

step-referral-your-details = Datele dumneavoastră
q-referrer-name = Numele dumneavoastră
q-referrer-name-error = Introduceți numele dumneavoastră
q-referrer-phone = Numărul dumneavoastră de telefon
q-referrer-phone-error = Introduceți numărul dumneavoastră de telefon
q-referrer-email = Adresa dumneavoastră de e-mail (opțional)

q-agreed = Este persoana de acord cu această cerere?
q-agreed-hint = Putem ajuta doar pe cineva care vrea ajutorul nostru. Dacă lucrați în poliție și nu ați întrebat-o încă, o putem întreba noi în locul dumneavoastră.
q-agreed-yes = Da, este de acord
q-agreed-not-asked = Nu am întrebat-o încă
q-agreed-no = Nu, nu este de acord
q-agreed-error = Alegeți dacă persoana este de acord

step-referral-need-agreement = Mai întâi, avem nevoie de acordul persoanei
step-referral-need-agreement-body =
    Justiția restaurativă funcționează doar când oamenii o aleg. De aceea, putem primi o cerere doar dacă persoana știe despre ea și este de acord.

    Îi puteți spune despre acest site sau îi puteți da numărul nostru de telefon. Ne poate contacta singură sau vă poate spune că este de acord să trimiteți dumneavoastră cererea.

    Dacă vă îngrijorează siguranța ei, sunați la 999 în caz de urgență sau la 101 dacă nu este o urgență.

step-referral-we-will-ask = O vom întreba noi în locul dumneavoastră
step-referral-we-will-ask-body =
    Vă mulțumim. Persoana nu a fost încă întrebată, așa că o vom contacta mai întâi și o vom întreba dacă vrea ajutorul nostru. Nu se întâmplă nimic altceva decât dacă spune da.

    Continuați și spuneți-ne ce știți. Puteți lăsa deoparte orice nu știți sigur.

## Referral: what happened

q-connection = Ce legătură aveți cu ce s-a întâmplat?
q-connection-harmed = Mi s-a făcut rău
q-connection-family-harmed = Cuiva din familia mea i s-a făcut rău
q-connection-bereaved = Cineva din familia mea a murit din cauza unei infracțiuni
q-connection-caused-harm = Am făcut rău cuiva
q-connection-other-affected = M-a afectat în alt mod
q-connection-error = Alegeți ce legătură aveți
q-connection-them = Ce legătură are persoana cu ce s-a întâmplat?
q-connection-them-harmed = Persoanei i s-a făcut rău
q-connection-them-family-harmed = Cuiva din familia persoanei i s-a făcut rău
q-connection-them-bereaved = Cineva din familia persoanei a murit din cauza unei infracțiuni
q-connection-them-caused-harm = Persoana a făcut rău cuiva
q-connection-them-other-affected = Persoana a fost afectată în alt mod
q-connection-them-error = Alegeți ce legătură are persoana

step-referral-what-happened = Ce s-a întâmplat
q-crime-type = Ce fel de infracțiune a fost?
q-crime-type-hint = Alegeți varianta cea mai apropiată. Nu trebuie să dați detalii.
q-crime-type-violence = Violență sau agresiune
q-crime-type-sexual = O infracțiune sexuală
q-crime-type-domestic-abuse = Violență domestică
q-crime-type-hate-crime = O infracțiune motivată de ură
q-crime-type-burglary = Spargere (furt din casă sau din clădire)
q-crime-type-robbery = Tâlhărie
q-crime-type-theft = Furt
q-crime-type-criminal-damage = Distrugerea unor bunuri
q-crime-type-fraud-online = Fraudă sau infracțiune pe internet
q-crime-type-harassment = Hărțuire sau urmărire
q-crime-type-driving = O infracțiune rutieră
q-crime-type-asb = Comportament antisocial, de exemplu zgomot sau deranj
q-crime-type-not-crime = Un rău care nu a fost o infracțiune, de exemplu la școală sau la serviciu
q-crime-type-other = Altceva
q-crime-type-prefer-not = Prefer să nu spun
q-crime-type-error = Alegeți felul infracțiunii sau „Prefer să nu spun”
q-markers = Se potrivește ceva din ce urmează? (opțional)
q-markers-hate = S-a întâmplat din cauza a ceea ce sunt, de exemplu din cauza rasei, religiei, dizabilității, orientării sexuale sau genului meu
q-markers-online = S-a întâmplat pe internet
q-markers-domestic = Persoana a fost un partener, un fost partener sau cineva din familie

step-referral-not-a-crime = Noi ajutăm după o infracțiune
step-referral-not-a-crime-body =
    Serviciul nostru este pentru răul produs printr-o infracțiune. Pentru un rău de la școală, de la serviciu sau de acasă care nu a fost o infracțiune, vă pot ajuta școala, angajatorul sau un serviciu local de mediere.

    Ne puteți trimite totuși datele dumneavoastră. Le vom citi și vă vom spune cine vă poate ajuta.

step-referral-anti-social-behaviour = Ajutor pentru comportament antisocial
step-referral-anti-social-behaviour-body =
    Comportamentul antisocial, de exemplu zgomotul sau deranjul făcut de vecini, de obicei nu este o infracțiune. Consiliul local sau administratorul locuinței are adesea un serviciu gratuit de mediere pentru astfel de situații.

    Ne puteți trimite totuși datele dumneavoastră. Le vom citi și vă vom spune cine vă poate ajuta.

step-referral-when = Când s-a întâmplat
q-when = Când s-a întâmplat?
q-when-date = Știu luna și anul
q-when-years-ago = Știu cam acum câți ani
q-when-not-sure = Nu știu sigur
q-when-error = Alegeți când s-a întâmplat
q-when-month = Luna
q-when-month-error = Alegeți luna
q-when-year = Anul
q-when-year-hint = De exemplu, 2024
q-when-year-error = Introduceți anul
q-when-years = Acum câți ani?
q-when-years-error = Introduceți acum câți ani
q-how-long = Cât timp a durat? (opțional)
q-how-long-hint = Uneori, răul se întâmplă o singură dată. Alteori, durează mult timp.
q-how-long-once = S-a întâmplat o dată sau pe parcursul câtorva zile
q-how-long-up-to-3-years = A durat până la 3 ani
q-how-long-more-than-3-years = A durat mai mult de 3 ani
q-how-long-not-sure = Nu știu sigur
q-ongoing = Se mai întâmplă și acum sau vă temeți că se va întâmpla din nou? (opțional)
q-ongoing-yes = Da
q-ongoing-no = Nu
q-ongoing-not-sure = Nu știu sigur

step-referral-police = Poliția și instanțele
q-reported = Infracțiunea a fost raportată la poliție?
q-reported-hint = Nu este nevoie să fi spus poliției ca să ne cereți ajutorul.
q-reported-yes = Da
q-reported-no = Nu
q-reported-not-sure = Nu știu sigur
q-reported-error = Alegeți da, nu sau nu știu sigur
q-crime-reference = Numărul de referință de la poliție (opțional)
q-crime-reference-hint = Doar dacă îl aveți la îndemână.
q-stage = Ce se întâmplă acum cu acest caz?
q-stage-not-reported = Nu a fost raportat
q-stage-investigating = Poliția cercetează cazul
q-stage-awaiting-court = Cazul așteaptă să ajungă în instanță
q-stage-prison = Cineva a fost trimis la închisoare
q-stage-community = Cineva a primit o pedeapsă fără închisoare, în comunitate
q-stage-finished = Totul s-a încheiat
q-stage-no-further-action = Poliția nu a mai luat nicio măsură
q-stage-dont-know = Nu știu
q-stage-error = Alegeți ce se întâmplă acum
q-agencies = În afară de poliție, mai sunt implicate și alte servicii? (opțional)
q-agencies-hint = De exemplu, serviciile sociale, o persoană de la un serviciu de sprijin, o echipă de sănătate mintală sau o școală.
q-agencies-yes = Da
q-agencies-no = Nu
q-agencies-not-sure = Nu știu sigur

step-referral-where = Unde
q-area-happened = Unde s-a întâmplat?
q-area-happened-error = Alegeți unde s-a întâmplat
q-area-lives = Unde locuiți?
q-area-lives-error = Alegeți unde locuiți
q-area-lives-them = Unde locuiește persoana?
q-area-lives-them-error = Alegeți unde locuiește persoana
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
q-area-happened-elsewhere = În altă parte
q-area-happened-not-sure = Nu știu sigur
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
q-area-lives-elsewhere = În altă parte
q-area-lives-not-sure = Nu știu sigur

step-referral-outside-area = Ajutor în afara West Midlands
step-referral-outside-area-body =
    Lucrăm în West Midlands. Există servicii de justiție restaurativă peste tot în England și Wales și putem transmite datele dumneavoastră serviciului din zona dumneavoastră.

    Ne puteți trimite totuși datele. Vom vorbi cu serviciul potrivit și vă vom anunța.

step-referral-other-person = Cealaltă persoană
q-other-age = Ce vârstă are persoana care a făcut rău?
q-other-age-hint = Dacă dumneavoastră ați făcut rău, spuneți-ne despre persoana căreia i-ați făcut rău.
q-other-age-under-18 = Sub 18 ani
q-other-age-adult = 18 ani sau mai mult
q-other-age-dont-know = Nu știu
q-other-age-error = Alegeți o vârstă sau „Nu știu”
q-other-age-them = Ce vârstă are persoana care a făcut rău?
q-other-age-them-hint = Dacă persoana pentru care faceți cererea a făcut rău, spuneți-ne despre persoana căreia i-a făcut rău.
q-other-age-them-error = Alegeți o vârstă sau „Nu știu”
q-other-known = Știți cine este?
q-other-known-yes = Da
q-other-known-no = Nu
q-other-known-not-sure = Nu știu sigur
q-other-known-error = Alegeți da, nu sau nu știu sigur
q-how-many = Câte persoane au făcut rău?
q-how-many-one = O persoană
q-how-many-two-or-three = 2 sau 3 persoane
q-how-many-more-than-three = Mai mult de 3 persoane
q-how-many-dont-know = Nu știu
q-how-many-error = Alegeți câte persoane
q-how-many-harmed = Câtor persoane li s-a făcut rău? (opțional)
q-how-many-harmed-one = O persoană
q-how-many-harmed-two-or-three = 2 sau 3 persoane
q-how-many-harmed-more-than-three = Mai mult de 3 persoane
q-how-many-harmed-dont-know = Nu știu
q-vulnerable = Are cineva dintre persoanele implicate nevoie de grijă în plus pentru a participa în siguranță? (opțional)
q-vulnerable-hint = De exemplu, din cauza vârstei, a unei dizabilități sau a sănătății mintale.
q-vulnerable-yes = Da
q-vulnerable-no = Nu
q-vulnerable-not-sure = Nu știu sigur

step-referral-young-person = Când persoana care a făcut rău este un tânăr
step-referral-young-person-body =
    Când persoana care a făcut rău are sub 18 ani, de obicei se ocupă youth offending team din zonă (echipa consiliului local pentru tinerii care au încălcat legea). Vom vorbi mai întâi cu această echipă și ne vom asigura că primiți ajutorul potrivit.

    Ne puteți trimite totuși datele dumneavoastră.

## Referral: in your own words, about you

step-referral-own-words = Cu propriile cuvinte (opțional)
q-story = Ce s-a întâmplat?
q-story-hint = Spuneți-ne doar ce doriți. Puteți lăsa acest câmp gol.
q-hopes = Ce ați dori să se întâmple?
q-hopes-hint = De exemplu, să puneți o întrebare, să vă asculte cineva sau să primiți scuze.
q-hopes-them = Ce ar dori persoana să se întâmple?
q-hopes-them-hint = De exemplu, să pună o întrebare, să o asculte cineva sau să primească scuze.

step-referral-about-you = Despre dumneavoastră
step-referral-about-you-them = Despre persoană
q-name = Cum să vă spunem?
q-name-hint = Poate fi prenumele dumneavoastră sau un nume pe care îl preferați.
q-name-error = Introduceți cum să vă spunem
q-name-them = Cum să îi spunem persoanei?
q-name-them-hint = Poate fi prenumele persoanei sau un nume pe care îl preferă.
q-name-them-error = Introduceți cum să îi spunem persoanei
q-age-band = Ce vârstă aveți?
q-age-band-under-18 = Sub 18 ani
q-age-band-18-24 = Între 18 și 24 de ani
q-age-band-25-34 = Între 25 și 34 de ani
q-age-band-35-44 = Între 35 și 44 de ani
q-age-band-45-54 = Între 45 și 54 de ani
q-age-band-55-64 = Între 55 și 64 de ani
q-age-band-65-plus = 65 de ani sau mai mult
q-age-band-prefer-not = Prefer să nu spun
q-age-band-error = Alegeți vârsta sau „Prefer să nu spun”
q-age-band-them = Ce vârstă are persoana?
q-age-band-them-error = Alegeți vârsta persoanei sau „Prefer să nu spun”

step-referral-under-18 = Dacă aveți sub 18 ani
step-referral-under-18-body =
    Puteți participa la justiția restaurativă la orice vârstă. Nu aveți nevoie de permisiunea unui părinte.

    Dacă doriți, ne vom asigura că aveți lângă dumneavoastră un adult care să vă sprijine, de exemplu un părinte, un îngrijitor sau un lucrător de tineret.

step-referral-under-18-them = Dacă persoana are sub 18 ani
step-referral-under-18-them-body =
    Oricine poate participa la justiția restaurativă, la orice vârstă. Persoana nu are nevoie de permisiunea unui părinte.

    Dacă dorește, ne vom asigura că persoana are lângă ea un adult care să o sprijine, de exemplu un părinte, un îngrijitor sau un lucrător de tineret.

## Referral: contacting you safely

step-referral-contact = Cum vă putem contacta
step-referral-contact-them = Cum putem contacta persoana
q-contact-ways = Cum vă putem contacta?
q-contact-ways-hint = Alegeți toate modurile care sunt sigure pentru dumneavoastră.
q-contact-ways-phone = Apel telefonic
q-contact-ways-text = Mesaj text (SMS)
q-contact-ways-email = E-mail
q-contact-ways-letter = Scrisoare
q-contact-ways-error = Alegeți cel puțin un mod prin care vă putem contacta
q-contact-ways-them = Cum putem contacta persoana?
q-contact-ways-them-hint = Alegeți toate modurile care sunt sigure pentru persoană.
q-contact-ways-them-error = Alegeți cel puțin un mod prin care putem contacta persoana
q-phone = Număr de telefon
q-phone-error = Introduceți un număr de telefon
q-email = Adresă de e-mail
q-email-error = Introduceți o adresă de e-mail
q-address = Adresă
q-address-error = Introduceți adresa dumneavoastră
q-address-them = Adresa persoanei
q-address-them-error = Introduceți adresa persoanei
q-postcode = Cod poștal
q-postcode-error = Introduceți codul poștal
q-postcode-them = Codul poștal al persoanei
q-postcode-them-error = Introduceți codul poștal al persoanei

step-referral-contact-safety = Un contact sigur
q-voicemail-ok = Este sigur să vă lăsăm un mesaj vocal sau să vă trimitem un SMS?
q-voicemail-ok-hint = Nu vom spune niciodată într-un mesaj despre ce este vorba.
q-voicemail-ok-yes = Da
q-voicemail-ok-no = Nu
q-voicemail-ok-error = Alegeți da sau nu
q-email-ok = Este sigur să vă trimitem e-mailuri?
q-email-ok-yes = Da
q-email-ok-no = Nu
q-email-ok-error = Alegeți da sau nu
q-email-ok-them = Este sigur să îi trimitem e-mailuri persoanei?
q-email-ok-them-error = Alegeți da sau nu
q-safe-times = Când este sigur să vă contactăm? (opțional)
q-safe-times-hint = De exemplu, în zilele lucrătoare, după ora 14:00.
q-safe-times-them = Când este sigur să contactăm persoana? (opțional)
q-safe-times-them-hint = De exemplu, în zilele lucrătoare, după ora 14:00.
q-caller-notes = Este ceva ce ar trebui sau nu ar trebui să spună persoana care vă sună? (opțional)
q-caller-notes-hint = De exemplu, „spuneți că sunați de la cabinetul medicului” sau „cereți să vorbiți cu Sam”.

## Referral: your needs, your safety

step-referral-needs = De ce aveți nevoie de la noi
step-referral-needs-them = De ce are nevoie persoana de la noi
q-language = Ce limbă doriți să folosiți? (opțional)
q-language-them = Ce limbă dorește persoana să folosească? (opțional)
q-interpreter = Doriți un interpret?
q-interpreter-yes = Da
q-interpreter-no = Nu
q-interpreter-error = Alegeți da sau nu
q-interpreter-them = Dorește persoana un interpret?
q-interpreter-them-error = Alegeți da sau nu
q-bsl = Folosiți British Sign Language (BSL, limbajul semnelor folosit în Marea Britanie)?
q-bsl-yes = Da
q-bsl-no = Nu
q-bsl-error = Alegeți da sau nu
q-bsl-them = Folosește persoana British Sign Language (BSL, limbajul semnelor folosit în Marea Britanie)?
q-bsl-them-error = Alegeți da sau nu
q-access = V-ar ajuta ceva din ce urmează? (opțional)
q-access-them = Ar ajuta-o pe persoană ceva din ce urmează? (opțional)
q-access-large-print = Text cu litere mari
q-access-easy-read = Text ușor de citit (Easy Read)
q-access-hearing = Ajutor pentru auz
q-access-sight = Ajutor pentru vedere
q-access-mobility = Ajutor pentru deplasare
q-access-learning-disability = Sprijin pentru o dizabilitate de învățare
q-access-mental-health = Sprijin pentru sănătatea mintală
q-support-person = Doriți să fie cineva cu dumneavoastră, ca să vă sprijine?
q-support-person-hint = De exemplu, un prieten, cineva din familie sau o persoană de la un serviciu de sprijin.
q-support-person-yes = Da
q-support-person-no = Nu
q-support-person-error = Alegeți da sau nu
q-support-person-them = Dorește persoana să fie cineva cu ea, ca să o sprijine?
q-support-person-them-hint = De exemplu, un prieten, cineva din familie sau o persoană de la un serviciu de sprijin.
q-support-person-them-error = Alegeți da sau nu

q-safe-now = Sunteți în siguranță acum?
q-safe-now-yes = Da
q-safe-now-no = Nu
q-safe-now-not-sure = Nu știu sigur
q-safe-now-error = Alegeți da, nu sau nu știu sigur
q-safe-now-them = Este persoana în siguranță acum?
q-safe-now-them-error = Alegeți da, nu sau nu știu sigur

step-referral-not-safe = Ajutor chiar acum
step-referral-not-safe-body =
    Dacă sunteți în pericol, sunați acum la 999.

    Dacă nu puteți vorbi, sunați la 999 de pe un telefon mobil. Când auziți o voce, apăsați 55. Așa poliția află că este o urgență reală.

    Dacă nu este o urgență, sunați la poliție la 101.

    Când vă simțiți în stare, puteți continua cu acest formular. Vom fi foarte atenți când vă contactăm.

step-referral-not-safe-them = Ajutor chiar acum
step-referral-not-safe-them-body =
    Dacă persoana este în pericol, sunați acum la 999.

    Dacă nu este o urgență, sunați la poliție la 101.

    Când vă simțiți în stare, puteți continua cu acest formular. Vom fi foarte atenți când contactăm persoana.

## Referral: check, consent, send

step-referral-check = Verificați-vă răspunsurile
step-referral-consent = Acordul dumneavoastră
step-referral-consent-body =
    Participarea este alegerea dumneavoastră. Vă puteți opri oricând, chiar și după ce trimiteți formularul.

    Vom folosi răspunsurile dumneavoastră ca să vă contactăm și să plănuim ce urmează. Le păstrăm în siguranță și le transmitem altora doar când trebuie, de exemplu ca să protejăm pe cineva de un rău.
q-consent = Acordul dumneavoastră
q-consent-agree = Sunt de acord să folosiți răspunsurile mele ca să mă contactați în legătură cu justiția restaurativă
q-consent-error = Bifați căsuța pentru a vă da acordul, ca să vă putem contacta
step-referral-consent-them = Trimiterea acestei cereri
step-referral-consent-them-body =
    Participarea este întotdeauna alegerea persoanei. Persoana se poate opri oricând, chiar și după ce trimiteți formularul.

    Vom folosi aceste răspunsuri ca să contactăm persoana, și pe dumneavoastră dacă este nevoie, și ca să plănuim ce urmează. Le păstrăm în siguranță și le transmitem altora doar când trebuie, de exemplu ca să protejăm pe cineva de un rău.
q-consent-them = Acordul dumneavoastră
q-consent-them-agree = Sunt de acord să folosiți aceste răspunsuri ca să contactați persoana, și pe mine dacă este nevoie, în legătură cu justiția restaurativă
q-consent-them-error = Bifați căsuța pentru a vă da acordul, ca să putem contacta persoana

## Call back

step-call-back-your-details = Datele dumneavoastră
step-call-back-when = Când să vă sunăm
q-call-days = Ce zile vă convin cel mai bine? (opțional)
q-call-days-monday = Luni
q-call-days-tuesday = Marți
q-call-days-wednesday = Miercuri
q-call-days-thursday = Joi
q-call-days-friday = Vineri
q-call-times = Ce moment al zilei vă convine cel mai bine? (opțional)
q-call-times-morning = Dimineața
q-call-times-lunchtime = La prânz
q-call-times-afternoon = După-amiaza
step-call-back-language = Limba
q-call-reason = Despre ce ați dori să vorbim? (opțional)
q-call-reason-hint = Câteva cuvinte sunt de ajuns. Puteți lăsa acest câmp gol.
step-call-back-check = Verificați-vă răspunsurile
step-call-back-consent = Acordul dumneavoastră
step-call-back-consent-body =
    Vom folosi numărul dumneavoastră de telefon doar ca să vă sunăm înapoi în legătură cu justiția restaurativă.

## Withdrawal

step-withdrawal-details = Opriți cererea
step-withdrawal-details-body = Spuneți-ne numărul de referință și cum putem verifica că sunteți dumneavoastră. Nu vă vom arăta aici nimic despre cererea dumneavoastră.
q-reference = Numărul dumneavoastră de referință
q-reference-hint = Începe cu RJ, de exemplu RJ-HK4M-7TWX.
q-reference-error = Introduceți numărul de referință
q-withdraw-contact = Numărul dumneavoastră de telefon sau adresa de e-mail
q-withdraw-contact-hint = Cele pe care ni le-ați dat, ca să putem verifica că sunteți dumneavoastră.
q-withdraw-contact-error = Introduceți numărul de telefon sau adresa de e-mail
q-withdraw-reason = De ce doriți să vă opriți? (opțional)
q-withdraw-reason-hint = Nu trebuie să ne spuneți.
q-withdraw-confirm = Confirmați
q-withdraw-confirm-confirm = Vreau să îmi opresc cererea
q-withdraw-confirm-error = Bifați căsuța ca să confirmați că vreți să vă opriți

## Confirmation

sent-referral-title = Am primit cererea dumneavoastră
sent-call-back-title = Vă vom suna înapoi
sent-withdrawal-title = Am primit cererea dumneavoastră de oprire
sent-reference = Numărul dumneavoastră de referință este
sent-keep-reference = Păstrați acest număr într-un loc sigur. Veți avea nevoie de el dacă ne contactați în legătură cu această cerere.
sent-next-heading = Ce urmează
sent-referral-next = Cineva din echipa noastră vă va contacta până la { $date }, în modul pe care ni l-ați spus că este sigur.
sent-call-back-next = Vă vom suna până la { $date }.
sent-withdrawal-next = Vom opri lucrul la cererea dumneavoastră și vă vom confirma până la { $date }, dacă este sigur să vă contactăm.
sent-contact-heading = Contactați-ne
sent-withdraw-heading = Dacă vă răzgândiți
sent-withdraw-text = Vă puteți opri oricând.
sent-withdraw-link = Opriți cererea
sent-support-heading = Sprijin cât timp așteptați
sent-support-text = Puteți primi oricând sprijin gratuit de la Victim Support, indiferent dacă participați sau nu la justiția restaurativă. În caz de urgență, sunați la 999.
sent-print = Ca să păstrați o evidență, notați-vă numărul de referință sau tipăriți această pagină.
sent-equality-heading = Ajutați-ne să fim corecți (opțional)
sent-equality-text = Câteva întrebări despre dumneavoastră ne ajută să verificăm dacă suntem corecți cu toată lumea. Răspunsurile sunt păstrate separat de cererea dumneavoastră.
sent-equality-link = Răspundeți la întrebările despre egalitate
sent-home-link = Mergeți la pagina principală

## Equality monitoring

step-referral-equality = Ajutați-ne să fim corecți
step-referral-equality-body =
    Aceste întrebări sunt opționale. Răspunsurile sunt păstrate separat de cererea dumneavoastră și sunt folosite doar ca să numărăm câți oameni ajutăm.
q-eq-age = Ce vârstă aveți?
q-eq-age-under-18 = Sub 18 ani
q-eq-age-18-24 = Între 18 și 24 de ani
q-eq-age-25-34 = Între 25 și 34 de ani
q-eq-age-35-44 = Între 35 și 44 de ani
q-eq-age-45-54 = Între 45 și 54 de ani
q-eq-age-55-64 = Între 55 și 64 de ani
q-eq-age-65-plus = 65 de ani sau mai mult
q-eq-age-prefer-not = Prefer să nu spun
q-eq-sex = Care este sexul dumneavoastră?
q-eq-sex-female = Feminin
q-eq-sex-male = Masculin
q-eq-sex-prefer-not = Prefer să nu spun
q-eq-gender-same = Genul cu care vă identificați este același cu sexul înregistrat la naștere?
q-eq-gender-same-yes = Da
q-eq-gender-same-no = Nu
q-eq-gender-same-prefer-not = Prefer să nu spun
q-eq-ethnicity = Care este originea dumneavoastră etnică?
q-eq-ethnicity-white-british = Albă: engleză, galeză, scoțiană, nord-irlandeză sau britanică
q-eq-ethnicity-white-irish = Albă: irlandeză
q-eq-ethnicity-white-gypsy-traveller = Albă: Gypsy sau Irish Traveller (comunități nomade din Marea Britanie și Irlanda)
q-eq-ethnicity-white-roma = Albă: romă
q-eq-ethnicity-white-other = Albă: orice altă origine albă
q-eq-ethnicity-mixed-white-black-caribbean = Mixtă: albă și caraibiană de culoare
q-eq-ethnicity-mixed-white-black-african = Mixtă: albă și africană de culoare
q-eq-ethnicity-mixed-white-asian = Mixtă: albă și asiatică
q-eq-ethnicity-mixed-other = Mixtă: orice altă origine mixtă sau multiplă
q-eq-ethnicity-asian-indian = Asiatică sau asiatică britanică: indiană
q-eq-ethnicity-asian-pakistani = Asiatică sau asiatică britanică: pakistaneză
q-eq-ethnicity-asian-bangladeshi = Asiatică sau asiatică britanică: bangladeză
q-eq-ethnicity-asian-chinese = Asiatică sau asiatică britanică: chineză
q-eq-ethnicity-asian-other = Asiatică sau asiatică britanică: orice altă origine asiatică
q-eq-ethnicity-black-african = De culoare, britanică de culoare, caraibiană sau africană: africană
q-eq-ethnicity-black-caribbean = De culoare, britanică de culoare, caraibiană sau africană: caraibiană
q-eq-ethnicity-black-other = De culoare, britanică de culoare, caraibiană sau africană: orice altă origine
q-eq-ethnicity-other-arab = Alt grup etnic: arabă
q-eq-ethnicity-other-any = Orice alt grup etnic
q-eq-ethnicity-prefer-not = Prefer să nu spun
q-eq-disability = Aveți o dizabilitate sau o problemă de sănătate de lungă durată?
q-eq-disability-yes = Da
q-eq-disability-no = Nu
q-eq-disability-prefer-not = Prefer să nu spun

## Too many tries

busy-title = Vă rugăm să așteptați puțin
busy-text =
    Am primit multe răspunsuri de la conexiunea dumneavoastră într-un timp scurt. Vă rugăm să așteptați { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, apoi să încercați din nou.
busy-back = Folosiți butonul „Înapoi” al browserului ca să reveniți la răspunsurile dumneavoastră. Sunt încă acolo.

## Our database is not answering

store-down-title = Momentan nu putem salva răspunsurile dumneavoastră
store-down-text = Avem o problemă tehnică. Răspunsurile pe care le-ați dat în paginile anterioare sunt păstrate. Ce ați scris pe această pagină se află încă în browser: folosiți butonul „Înapoi” al browserului ca să reveniți la ea, apoi încercați din nou peste câteva minute. Dacă problema continuă, sunați-ne la { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = Spuneți-ne cum a fost
feedback-intro = Vă mulțumim că ați participat. Răspunsurile dumneavoastră ne ajută să facem serviciul mai bun pentru alți oameni. Doar le numărăm: nimeni nu le citește împreună cu numele dumneavoastră.
feedback-prefer-not = La orice întrebare, puteți alege „Prefer să nu spun”.
q-fb-service = În ce măsură vă mulțumește serviciul pe care vi l-am oferit?
q-fb-service-very-satisfied = Foarte mulțumit
q-fb-service-satisfied = Mulțumit
q-fb-service-neither = Nici mulțumit, nici nemulțumit
q-fb-service-dissatisfied = Nemulțumit
q-fb-service-very-dissatisfied = Foarte nemulțumit
q-fb-service-prefer-not = Prefer să nu spun
q-fb-service-error = Alegeți în ce măsură vă mulțumește sau „Prefer să nu spun”
q-fb-outcome = În ce măsură vă mulțumește felul în care s-au încheiat lucrurile?
q-fb-outcome-very-satisfied = Foarte mulțumit
q-fb-outcome-satisfied = Mulțumit
q-fb-outcome-neither = Nici mulțumit, nici nemulțumit
q-fb-outcome-dissatisfied = Nemulțumit
q-fb-outcome-very-dissatisfied = Foarte nemulțumit
q-fb-outcome-prefer-not = Prefer să nu spun
q-fb-outcome-error = Alegeți în ce măsură vă mulțumește sau „Prefer să nu spun”
q-fb-safety = Față de cum era înainte, cum vă simțiți acum în privința siguranței?
q-fb-safety-better = Mai în siguranță decât înainte
q-fb-safety-same = Cam la fel
q-fb-safety-worse = Mai puțin în siguranță decât înainte
q-fb-safety-prefer-not = Prefer să nu spun
q-fb-safety-error = Alegeți un răspuns sau „Prefer să nu spun”
q-fb-wellbeing = Față de cum era înainte, cum vă simțiți acum, în general?
q-fb-wellbeing-better = Mai bine decât înainte
q-fb-wellbeing-same = Cam la fel
q-fb-wellbeing-worse = Mai rău decât înainte
q-fb-wellbeing-prefer-not = Prefer să nu spun
q-fb-wellbeing-error = Alegeți un răspuns sau „Prefer să nu spun”
q-fb-coping = Față de cum era înainte, cât de bine faceți față acum la ce s-a întâmplat?
q-fb-coping-better = Mai bine decât înainte
q-fb-coping-same = Cam la fel
q-fb-coping-worse = Mai rău decât înainte
q-fb-coping-prefer-not = Prefer să nu spun
q-fb-coping-error = Alegeți un răspuns sau „Prefer să nu spun”
q-fb-confidence = Față de cum era înainte, câtă încredere aveți acum în poliție și în instanțe?
q-fb-confidence-better = Mai multă încredere decât înainte
q-fb-confidence-same = Cam la fel
q-fb-confidence-worse = Mai puțină încredere decât înainte
q-fb-confidence-prefer-not = Prefer să nu spun
q-fb-confidence-error = Alegeți un răspuns sau „Prefer să nu spun”
feedback-gone-title = Acest link nu mai funcționează
feedback-gone-text = Fiecare link pentru părerea dumneavoastră funcționează o singură dată și doar câteva săptămâni. Dacă doriți totuși să ne spuneți cum a fost, sunați-ne la { $phone }.
feedback-thanks-title = Vă mulțumim
feedback-thanks-text = Am primit răspunsurile dumneavoastră. Ne ajută să facem serviciul mai bun pentru următoarea persoană.
