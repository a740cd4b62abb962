## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = Hadda bilow
button-continue = Sii wad
button-send = Dir
button-carry-on = Sii soco
button-skip = Ka bood su'aalahan
link-back = Dib u noqo
select-choose = Dooro bil
spam-trap-label = Sanduuqan waxba ha ku qorin
offer-call-back = Bedelkeeda, waxaad naga codsan kartaa inaan ku soo wacno
check-change = Beddel
check-not-answered = Lagama jawaabin
consent-privacy-link = Akhri sida aan u isticmaalno macluumaadkaaga (ogeysiiska xogta gaarka ah)
textarea-count =
    Waxaad isticmaashay { $used } ka mid ah { $max ->
        [one] { $max } xaraf
       *[other] { $max } xaraf
    }.

## Errors

error-summary-title = Dhibaato ayaa jirta
error-prefix = Khalad:
error-title-prefix = Khalad:
error-choose-from-list = Dooro mid ka mid ah jawaabaha liiska ku jira
error-too-long =
    Isticmaal { $count ->
        [one] { $count } xaraf
       *[other] { $count } xaraf
    } ama ka yar
error-phone = Qor lambar telefoon, sida 07700 900 982 ama +48 601 234 567
error-email = Qor cinwaan iimayl, sida name@example.com
error-postcode = Qor koodh boosto (postcode), sida B1 1BB
error-year = Sannadka ku qor 4 lambar, sida 2024
error-years = Qor tirada sannadaha, sida 3
error-crime-reference = Lambarka dembiga ku qor xarfo, lambarro, / iyo - oo keliya
error-reference = Qor lambarkaaga tixraaca, sida RJ-HK4M-7TWX
error-date-future = Qor taariikh hore u dhacday
error-too-fast = Fadlan hubi jawaabahaaga, kadibna mar kale dir

## Start pages

start-referral-title = Codso caddaaladda dib-u-hagaajinta (restorative justice)
start-referral-body =
    Waxaan ku weydiin doonnaa su'aalo ku saabsan adiga iyo waxa dhacay. Waxay qaadanaysaa ilaa 15 daqiiqo.

    Waa bilaash. Waa qarsoodi. Waxba ma dhacayaan haddii aadan rabin, waadna joojin kartaa wakhti kasta.

    Waad ka boodi kartaa wax kasta oo aadan hadda rabin inaad noo sheegto. Kadib qof kooxdayada ka mid ah ayaa kula soo xiriiri doona, habka aad doorato.
start-call-back-title = Naga codso inaan ku soo wacno
start-call-back-body =
    Na sii lambar telefoon iyo wakhti ku habboon in lagu soo waco. Waxay qaadanaysaa ilaa 3 daqiiqo.

    Waxaan kuu soo wici doonnaa si aan uga jawaabno su'aalahaaga. Uma baahnid inaad telefoonka wax ku go'aansato.
start-withdrawal-title = Jooji codsigaaga
start-withdrawal-body =
    Waad joojin kartaa wakhti kasta, sabab kasta ha ahaatee. Uma baahnid inaad noo sheegto sababta.

    Waxaad u baahan doontaa lambarka tixraaca ee aan ku siinnay.
start-kept-for =
    Inta aad foomkan buuxinayso, jawaabahaaga waxaan ku haynaa server-kayaga ilaa { $hours ->
        [one] { $hours } saacad
       *[other] { $hours } saacadood
    }. Waa la tirtiraa marka aad dirto ama aad riixdo "{ quick-exit }".

## Referral: who it is for

q-for-whom = Codsigan yaa loogu talagalay?
q-for-whom-me = Aniga
q-for-whom-someone-else = Qof kale, oo arrintan oggol
q-for-whom-error = Dooro cidda codsigu u yahay

step-referral-on-behalf = Adiga ku saabsan
q-relationship = Sidee u taqaannaa qofka?
q-relationship-family = Qoys ayaan nahay
q-relationship-friend = Saaxiibbo ayaan nahay
q-relationship-supporter = Waan taageeraa (tusaale ahaan, waan daryeelaa ama waan u doodaa)
q-relationship-professional = Shaqo ahaan ayaan ula shaqeeyaa
q-relationship-error = Dooro sida aad u taqaanno qofka
q-organisation-type = Xaggee ka shaqaysaa?
q-organisation-type-police = Booliska
q-organisation-type-probation = Probation (kormeerka xukunka kadib)
q-organisation-type-victim-care = Daryeelka ama taageerada dhibbanayaasha
q-organisation-type-yot = Youth offending team (kooxda dhallinyarada sharciga jebisay)
q-organisation-type-prison = Xabsi
q-organisation-type-csp = Iskaashiga badbaadada bulshada (community safety partnership)
q-organisation-type-health = Adeegga caafimaadka, sida dhakhtarka guud ama isbitaalka
q-organisation-type-school = Iskuul ama kulliyad
q-organisation-type-other = Meel kale
q-organisation-type-error = Dooro halka aad ka shaqayso
q-organisation-name = Magaca hay'addaada (ikhtiyaari)

step-referral-your-details = Xogtaada
q-referrer-name = Magacaaga
q-referrer-name-error = Qor magacaaga
q-referrer-phone = Lambarka telefoonkaaga
q-referrer-phone-error = Qor lambarka telefoonkaaga
q-referrer-email = Cinwaanka iimaylkaaga (ikhtiyaari)

q-agreed = Qofku ma oggol yahay codsigan?
q-agreed-hint = Waxaan caawin karnaa oo keliya qof doonaya caawimaaddayada. Haddii aad tahay sarkaal boolis ah oo aadan weli qofka weydiin, waxaan qofka kuu weydiin karnaa.
q-agreed-yes = Haa, wuu oggol yahay
q-agreed-not-asked = Weli qofka ma weydiin
q-agreed-no = Maya, qofku ma oggola
q-agreed-error = Dooro in qofku oggol yahay iyo in kale

step-referral-need-agreement = Marka hore waxaan u baahannahay in qofku oggolaado
step-referral-need-agreement-body =
    Caddaaladda dib-u-hagaajintu waxay shaqaysaa oo keliya marka dadku doortaan. Sidaas darteed waxaan aqbali karnaa codsi oo keliya marka qofku ogyahay oo uu oggol yahay.

    Waxaad u sheegi kartaa websaydhkan, ama waxaad siin kartaa lambarka telefoonkayaga. Isaga ayaa nala soo xiriiri kara, ama wuxuu kuu sheegi karaa inuu oggol yahay inaad adigu codsigan soo dirto.

    Haddii aad ka welwelsan tahay badbaadadiisa, wac 999 xaalad degdeg ah, ama 101 haddii aysan degdeg ahayn.

step-referral-we-will-ask = Waxaan qofka kuu weydiin doonnaa
step-referral-we-will-ask-body =
    Mahadsanid. Qofka weli lama weydiin, sidaas darteed marka hore waan la xiriiri doonnaa, waxaanan weydiin doonnaa haddii uu rabo caawimaaddayada. Wax kale ma dhacayaan haddii aanu qofku haa dhihin.

    Sii wad oo noo sheeg waxa aad taqaanno. Waad ka tagi kartaa wax kasta oo aadan hubin.

## Referral: what happened

q-connection = Sidee ugu xiran tahay waxa dhacay?
q-connection-harmed = Aniga ayaa la i dhibay
q-connection-family-harmed = Qof qoyskayga ka mid ah ayaa la dhibay
q-connection-bereaved = Qof qoyskayga ka mid ah ayaa dembi awgiis u dhintay
q-connection-caused-harm = Aniga ayaa dhib geystay
q-connection-other-affected = Si kale ayay ii saamaysay
q-connection-error = Dooro sida aad ugu xiran tahay
q-connection-them = Qofku sidee buu ugu xiran yahay waxa dhacay?
q-connection-them-harmed = Qofka ayaa la dhibay
q-connection-them-family-harmed = Qof qoyskooda ka mid ah ayaa la dhibay
q-connection-them-bereaved = Qof qoyskooda ka mid ah ayaa dembi awgiis u dhintay
q-connection-them-caused-harm = Qofka ayaa dhib geystay
q-connection-them-other-affected = Si kale ayay qofka u saamaysay
q-connection-them-error = Dooro sida qofku ugu xiran yahay

step-referral-what-happened = Waxa dhacay
q-crime-type = Dembi noocee ah ayuu ahaa?
q-crime-type-hint = Dooro midka ugu dhow. Uma baahnid inaad faahfaahin bixiso.
q-crime-type-violence = Rabshad ama weerar
q-crime-type-sexual = Dembi galmo
q-crime-type-domestic-abuse = Xadgudub qoyska dhexdiisa ah
q-crime-type-hate-crime = Dembi nacayb
q-crime-type-burglary = Guri jabsi
q-crime-type-robbery = Dhac (xoog ama hanjabaad lagu qaatay)
q-crime-type-theft = Xatooyo
q-crime-type-criminal-damage = Burburin hanti
q-crime-type-fraud-online = Khiyaano ama dembi internet
q-crime-type-harassment = Dhibaateyn joogto ah ama daba-galid
q-crime-type-driving = Dembi la xiriira baabuur wadid
q-crime-type-asb = Dhaqan bulshada dhibaya, sida buuq ama qas
q-crime-type-not-crime = Dhib aan dembi ahayn, sida iskuulka ama shaqada
q-crime-type-other = Wax kale
q-crime-type-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-crime-type-error = Dooro nooca dembiga, ama "Waxaan doorbidayaa inaanan sheegin"
q-markers = Mid ka mid ah kuwan ma run baa? (ikhtiyaari)
q-markers-hate = Waxay dhacday waxa aan ahay darteed, sida isirkayga, diintayda, naafanimadayda, jihadayda galmada ama jinsigayda
q-markers-online = Waxay ka dhacday internetka
q-markers-domestic = Waxaa sameeyay lammaane, lammaane hore ama qof qoyska ka mid ah

step-referral-not-a-crime = Waxaan caawinnaa dembi kadib
step-referral-not-a-crime-body =
    Adeeggayagu wuxuu u taal dhibka uu dembi keeno. Haddii dhibku ka dhacay iskuulka, shaqada ama guriga oo aanu dembi ahayn, iskuulka, loo-shaqeeyaha ama adeeg dhexdhexaadin oo deegaanka ah ayaa laga yaabaa inay ku caawiyaan.

    Weli waad noo soo diri kartaa xogtaada. Waan akhrin doonnaa, waxaanan kuu sheegi doonnaa cidda ku caawin karta.

step-referral-anti-social-behaviour = Caawimaad ku saabsan dhaqanka bulshada dhibaya
step-referral-anti-social-behaviour-body =
    Dhaqanka bulshada dhibaya, sida buuqa ama qaska deriska, inta badan dembi maaha. Dawladda hoose ama cidda guriga kuu maamusha ayaa inta badan leh adeeg dhexdhexaadin oo bilaash ah oo arrintan loogu talagalay.

    Weli waad noo soo diri kartaa xogtaada. Waan akhrin doonnaa, waxaanan kuu sheegi doonnaa cidda ku caawin karta.

step-referral-when = Goorta ay dhacday
q-when = Goorma ayay dhacday?
q-when-date = Waan garanayaa bisha iyo sannadka
q-when-years-ago = Qiyaas ahaan waan garanayaa inta sano ka hor
q-when-not-sure = Ma hubo
q-when-error = Dooro goorta ay dhacday
q-when-month = Bisha
q-when-month-error = Dooro bisha
q-when-year = Sannadka
q-when-year-hint = Tusaale ahaan, 2024
q-when-year-error = Qor sannadka
q-when-years = Immisa sano ka hor?
q-when-years-error = Qor immisa sano ka hor
q-how-long = Muddo intee le'eg ayay socotay? (ikhtiyaari)
q-how-long-hint = Dhibka qaar hal mar ayuu dhacaa. Qaar kale muddo dheer ayuu socdaa.
q-how-long-once = Hal mar ayay dhacday, ama dhowr maalmood ayay socotay
q-how-long-up-to-3-years = Waxay socotay ilaa 3 sano
q-how-long-more-than-3-years = Waxay socotay in ka badan 3 sano
q-how-long-not-sure = Ma hubo
q-ongoing = Weli ma socotaa, mise waxaad ka walaacsan tahay inay mar kale dhacdo? (ikhtiyaari)
q-ongoing-yes = Haa
q-ongoing-no = Maya
q-ongoing-not-sure = Ma hubo

step-referral-police = Booliska iyo maxkamadaha
q-reported = Booliska ma loo sheegay?
q-reported-hint = Shardi ma aha inaad booliska u sheegtay si aad caawimaaddayada u codsato.
q-reported-yes = Haa
q-reported-no = Maya
q-reported-not-sure = Ma hubo
q-reported-error = Dooro haa, maya ama ma hubo
q-crime-reference = Lambarka dembiga ee booliska (ikhtiyaari)
q-crime-reference-hint = Keliya haddii uu hadda agtaada yaallo.
q-stage = Maxaa hadda ka socda?
q-stage-not-reported = Booliska looma sheegin
q-stage-investigating = Booliska ayaa baaraya
q-stage-awaiting-court = Waxay sugaysaa inay maxkamad gaarto
q-stage-prison = Qof ayaa xabsi loo diray
q-stage-community = Qof ayaa la siiyay xukun bulsho (community sentence), oo aan xabsi ahayn
q-stage-finished = Wax walba way dhammaadeen
q-stage-no-further-action = Booliska tallaabo dheeraad ah ma qaadin
q-stage-dont-know = Ma garanayo
q-stage-error = Dooro waxa hadda ka socda
q-agencies = Booliska ka sokow, ma jiraan adeegyo kale oo arrintan ku lug leh? (ikhtiyaari)
q-agencies-hint = Tusaale ahaan, adeegyada bulshada (social services), shaqaale taageero, koox caafimaadka maskaxda ama iskuul.
q-agencies-yes = Haa
q-agencies-no = Maya
q-agencies-not-sure = Ma hubo

step-referral-where = Meesha
q-area-happened = Xaggee ayay ka dhacday?
q-area-happened-error = Dooro halka ay ka dhacday
q-area-lives = Xaggee ku nooshahay?
q-area-lives-error = Dooro halka aad ku nooshahay
q-area-lives-them = Qofku xaggee buu ku nool yahay?
q-area-lives-them-error = Dooro halka qofku ku nool yahay
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
q-area-happened-elsewhere = Meel kale
q-area-happened-not-sure = Ma hubo
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
q-area-lives-elsewhere = Meel kale
q-area-lives-not-sure = Ma hubo

step-referral-outside-area = Caawimaad ka baxsan West Midlands
step-referral-outside-area-body =
    Waxaan ka shaqaynaa West Midlands. Adeegyo caddaaladda dib-u-hagaajinta ah ayaa laga helaa England iyo Wales oo dhan, waxaanan xogtaada u gudbin karnaa adeegga kuu dhow.

    Weli waad noo soo diri kartaa xogtaada. Waxaan la hadli doonnaa adeegga saxda ah, waxaanan kuu soo sheegi doonnaa.

step-referral-other-person = Qofka kale
q-other-age = Immisa jir ayuu yahay qofka dhibka geystay?
q-other-age-hint = Haddii adigu aad dhibka geysatay, noo sheeg qofka aad dhibtay.
q-other-age-under-18 = Ka yar 18 sano
q-other-age-adult = 18 sano ama ka weyn
q-other-age-dont-know = Ma garanayo
q-other-age-error = Dooro da', ama "Ma garanayo"
q-other-age-them = Immisa jir ayuu yahay qofka dhibka geystay?
q-other-age-them-hint = Haddii qofka aad soo gudbinayso uu dhibka geystay, noo sheeg qofka la dhibay.
q-other-age-them-error = Dooro da', ama "Ma garanayo"
q-other-known = Ma taqaannaa cidda uu yahay?
q-other-known-yes = Haa
q-other-known-no = Maya
q-other-known-not-sure = Ma hubo
q-other-known-error = Dooro haa, maya ama ma hubo
q-how-many = Immisa qof ayaa dhibka geystay?
q-how-many-one = Hal qof
q-how-many-two-or-three = 2 ama 3 qof
q-how-many-more-than-three = In ka badan 3 qof
q-how-many-dont-know = Ma garanayo
q-how-many-error = Dooro immisa qof
q-how-many-harmed = Immisa qof ayaa la dhibay? (ikhtiyaari)
q-how-many-harmed-one = Hal qof
q-how-many-harmed-two-or-three = 2 ama 3 qof
q-how-many-harmed-more-than-three = In ka badan 3 qof
q-how-many-harmed-dont-know = Ma garanayo
q-vulnerable = Qof arrintan ku lug leh ma u baahan yahay daryeel dheeraad ah si uu si ammaan ah uga qayb qaato? (ikhtiyaari)
q-vulnerable-hint = Tusaale ahaan, sababo la xiriira da'dooda, naafanimo ama caafimaadkooda maskaxda.
q-vulnerable-yes = Haa
q-vulnerable-no = Maya
q-vulnerable-not-sure = Ma hubo

step-referral-young-person = Marka qof dhallinyaro ah uu dhibka geystay
step-referral-young-person-body =
    Marka qofka dhibka geystay uu ka yar yahay 18 sano, inta badan youth offending team-ka deegaanka (kooxda dawladda hoose ee la shaqaysa dhallinyarada sharciga jebisay) ayaa hoggaamiya. Marka hore waan la hadli doonnaa kooxdaas, waxaanan hubin doonnaa inaad hesho caawimaadda saxda ah.

    Weli waad noo soo diri kartaa xogtaada.

## Referral: in your own words, about you

step-referral-own-words = Erayadaada (ikhtiyaari)
q-story = Maxaa dhacay?
q-story-hint = Noo sheeg oo keliya waxa aad rabto. Meeshan waad madhan ka tagi kartaa.
q-hopes = Maxaad jeclaan lahayd inay dhacdo?
q-hopes-hint = Tusaale ahaan, inaad su'aal weydiiso, in lagu dhegaysto, ama inaad hesho raalli-gelin.
q-hopes-them = Qofku maxuu jeclaan lahaa inay dhacdo?
q-hopes-them-hint = Tusaale ahaan, su'aal weydiin, in la dhegaysto, ama raalli-gelin helid.

step-referral-about-you = Adiga ku saabsan
step-referral-about-you-them = Qofka ku saabsan
q-name = Maxaan kuugu yeernaa?
q-name-hint = Waxay noqon kartaa magacaaga koowaad ama magac aad doorbidayso.
q-name-error = Qor magaca aan kuugu yeerno
q-name-them = Maxaan ugu yeernaa qofka?
q-name-them-hint = Waxay noqon kartaa magaca koowaad ee qofka ama magac uu qofku doorbidayo.
q-name-them-error = Qor magaca aan ugu yeerno qofka
q-age-band = Immisa jir baad tahay?
q-age-band-under-18 = Ka yar 18 sano
q-age-band-18-24 = 18 ilaa 24 sano
q-age-band-25-34 = 25 ilaa 34 sano
q-age-band-35-44 = 35 ilaa 44 sano
q-age-band-45-54 = 45 ilaa 54 sano
q-age-band-55-64 = 55 ilaa 64 sano
q-age-band-65-plus = 65 sano ama ka weyn
q-age-band-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-age-band-error = Dooro da'daada, ama "Waxaan doorbidayaa inaanan sheegin"
q-age-band-them = Qofku immisa jir buu yahay?
q-age-band-them-error = Dooro da'da qofka, ama "Waxaan doorbidayaa inaanan sheegin"

step-referral-under-18 = Haddii aad ka yar tahay 18 sano
step-referral-under-18-body =
    Da' kasta ayaad ka qayb qaadan kartaa caddaaladda dib-u-hagaajinta. Uma baahnid oggolaanshaha waalid.

    Haddii aad rabto, waxaan hubin doonnaa inuu kula joogo qof weyn oo ku taageera, sida waalid, daryeele ama shaqaale dhallinyarada la shaqeeya.

step-referral-under-18-them = Haddii qofku ka yar yahay 18 sano
step-referral-under-18-them-body =
    Qof kasta wuu ka qayb qaadan karaa caddaaladda dib-u-hagaajinta, da' kasta ha ahaadee. Qofku uma baahna oggolaanshaha waalid.

    Haddii qofku rabo, waxaan hubin doonnaa inuu la joogo qof weyn oo taageera, sida waalid, daryeele ama shaqaale dhallinyarada la shaqeeya.

## Referral: contacting you safely

step-referral-contact = Sida laguula soo xiriiro
step-referral-contact-them = Sida qofka loola soo xiriiro
q-contact-ways = Sidee baan kuula soo xiriiri karnaa?
q-contact-ways-hint = Dooro dhammaan siyaabaha kuu ammaan ah.
q-contact-ways-phone = Wicitaan telefoon
q-contact-ways-text = Fariin qoraal ah (SMS)
q-contact-ways-email = Iimayl
q-contact-ways-letter = Warqad
q-contact-ways-error = Dooro ugu yaraan hal hab oo laguula soo xiriiro
q-contact-ways-them = Sidee baan qofka ula soo xiriiri karnaa?
q-contact-ways-them-hint = Dooro dhammaan siyaabaha u ammaan ah qofka.
q-contact-ways-them-error = Dooro ugu yaraan hal hab oo qofka loola soo xiriiro
q-phone = Lambarka telefoonka
q-phone-error = Qor lambar telefoon
q-email = Cinwaanka iimaylka
q-email-error = Qor cinwaan iimayl
q-address = Cinwaanka
q-address-error = Qor cinwaankaaga
q-address-them = Cinwaanka qofka
q-address-them-error = Qor cinwaanka qofka
q-postcode = Koodhka boostada (postcode)
q-postcode-error = Qor koodhka boostadaada
q-postcode-them = Koodhka boostada ee qofka (postcode)
q-postcode-them-error = Qor koodhka boostada ee qofka

step-referral-contact-safety = Xiriir ammaan ah
q-voicemail-ok = Ma ammaan baa inaan kuu dhaafno fariin cod ah ama aan kuu soo dirno fariin qoraal ah?
q-voicemail-ok-hint = Weligeen fariinta kuma sheegi doonno waxa ay ku saabsan tahay.
q-voicemail-ok-yes = Haa
q-voicemail-ok-no = Maya
q-voicemail-ok-error = Dooro haa ama maya
q-email-ok = Ma ammaan baa inaan iimayl kuu soo dirno?
q-email-ok-yes = Haa
q-email-ok-no = Maya
q-email-ok-error = Dooro haa ama maya
q-email-ok-them = Ma ammaan baa inaan qofka iimayl u dirno?
q-email-ok-them-error = Dooro haa ama maya
q-safe-times = Goorma ayay ammaan tahay in laguula soo xiriiro? (ikhtiyaari)
q-safe-times-hint = Tusaale ahaan, maalmaha shaqada, saacadda 2-da galabnimo kadib.
q-safe-times-them = Goorma ayay ammaan tahay in qofka lala soo xiriiro? (ikhtiyaari)
q-safe-times-them-hint = Tusaale ahaan, maalmaha shaqada, saacadda 2-da galabnimo kadib.
q-caller-notes = Ma jiraan wax uu qofka ku soo wacaya ay tahay inuu sheego ama uusan sheegin? (ikhtiyaari)
q-caller-notes-hint = Tusaale ahaan, "dheh waxaad ka soo wacaysaa xarunta dhakhtarka" ama "weydii Sam".

## Referral: your needs, your safety

step-referral-needs = Waxa aad naga u baahan tahay
step-referral-needs-them = Waxa qofku naga u baahan yahay
q-language = Luqaddee ayaad jeclaan lahayd inaad isticmaasho? (ikhtiyaari)
q-language-them = Qofku luqaddee buu jeclaan lahaa inuu isticmaalo? (ikhtiyaari)
q-interpreter = Ma rabtaa turjumaan?
q-interpreter-yes = Haa
q-interpreter-no = Maya
q-interpreter-error = Dooro haa ama maya
q-interpreter-them = Qofku ma rabaa turjumaan?
q-interpreter-them-error = Dooro haa ama maya
q-bsl = Ma isticmaashaa British Sign Language (BSL, luqadda calaamadaha ee Ingiriiska)?
q-bsl-yes = Haa
q-bsl-no = Maya
q-bsl-error = Dooro haa ama maya
q-bsl-them = Qofku ma isticmaalaa British Sign Language (BSL, luqadda calaamadaha ee Ingiriiska)?
q-bsl-them-error = Dooro haa ama maya
q-access = Mid ka mid ah kuwan ma ku caawin lahaa? (ikhtiyaari)
q-access-them = Mid ka mid ah kuwan ma caawin lahaa qofka? (ikhtiyaari)
q-access-large-print = Far waaweyn
q-access-easy-read = Qoraal fudud (Easy Read)
q-access-hearing = Caawimaad maqalka ah
q-access-sight = Caawimaad aragga ah
q-access-mobility = Caawimaad socodka ah
q-access-learning-disability = Taageero dhibaatada waxbarashada (learning disability)
q-access-mental-health = Taageero caafimaadka maskaxda
q-support-person = Ma rabtaa in qof kula joogo oo ku taageero?
q-support-person-hint = Tusaale ahaan, saaxiib, qof qoyskaaga ka mid ah ama shaqaale taageero.
q-support-person-yes = Haa
q-support-person-no = Maya
q-support-person-error = Dooro haa ama maya
q-support-person-them = Qofku ma rabaa in qof la joogo oo taageero?
q-support-person-them-hint = Tusaale ahaan, saaxiib, qof qoyska ka mid ah ama shaqaale taageero.
q-support-person-them-error = Dooro haa ama maya

q-safe-now = Hadda ma ammaan baad ku jirtaa?
q-safe-now-yes = Haa
q-safe-now-no = Maya
q-safe-now-not-sure = Ma hubo
q-safe-now-error = Dooro haa, maya ama ma hubo
q-safe-now-them = Qofku hadda ma ammaan buu ku jiraa?
q-safe-now-them-error = Dooro haa, maya ama ma hubo

step-referral-not-safe = Hadda caawimaad hel
step-referral-not-safe-body =
    Haddii aad khatar ku jirto, hadda wac 999.

    Haddii aadan hadli karin, 999 ka wac telefoonka gacanta. Marka aad cod maqasho, riix 55. Tani waxay booliska u sheegaysaa inay tahay xaalad degdeg ah oo dhab ah.

    Haddii aysan degdeg ahayn, booliska ka wac 101.

    Marka aad diyaar u tahay, waad sii wadan kartaa foomkan. Taxaddar dheeraad ah ayaan qaadan doonnaa marka aan kula soo xiriirno.

step-referral-not-safe-them = Hadda caawimaad hel
step-referral-not-safe-them-body =
    Haddii qofku khatar ku jiro, hadda wac 999.

    Haddii aysan degdeg ahayn, booliska ka wac 101.

    Marka aad diyaar u tahay, waad sii wadan kartaa foomkan. Taxaddar dheeraad ah ayaan qaadan doonnaa marka aan la xiriirno qofka.

## Referral: check, consent, send

step-referral-check = Hubi jawaabahaaga
step-referral-consent = Oggolaanshahaaga
step-referral-consent-body =
    Ka qayb qaadashadu waa go'aankaaga. Waad joojin kartaa wakhti kasta, xitaa kadib marka aad tan dirto.

    Jawaabahaaga waxaan u isticmaali doonnaa inaan kula soo xiriirno oo aan qorshayno waxa xiga. Si ammaan ah ayaan u haynaa, waxaana la wadaagnaa oo keliya marka ay waajib tahay, tusaale ahaan si qof looga ilaaliyo dhibaato.
q-consent = Oggolaanshahaaga
q-consent-agree = Waan oggolahay inaad jawaabahayga u isticmaashaan si aad iila soo xiriirtaan wax ku saabsan caddaaladda dib-u-hagaajinta
q-consent-error = Calaamadee sanduuqa si aad u oggolaato, si aan kuula soo xiriirno
step-referral-consent-them = Dirista codsigan
step-referral-consent-them-body =
    Ka qayb qaadashadu had iyo jeer waa go'aanka qofka laftiisa. Qofku wuu joojin karaa wakhti kasta, xitaa kadib marka aad tan dirto.

    Jawaabahan waxaan u isticmaali doonnaa inaan la soo xiriirno qofka, iyo adiga haddii aan u baahanno, iyo inaan qorshayno waxa xiga. Si ammaan ah ayaan u haynaa, waxaana la wadaagnaa oo keliya marka ay waajib tahay, tusaale ahaan si qof looga ilaaliyo dhibaato.
q-consent-them = Oggolaanshahaaga
q-consent-them-agree = Waan oggolahay inaad jawaabahan u isticmaashaan si aad ula soo xiriirtaan qofka, iyo aniga haddii loo baahdo, wax ku saabsan caddaaladda dib-u-hagaajinta
q-consent-them-error = Calaamadee sanduuqa si aad u oggolaato, si aan qofka ula soo xiriirno

## Call back

step-call-back-your-details = Xogtaada
step-call-back-when = Goorta lagu soo waco
q-call-days = Maalmahee ayaa kuugu habboon? (ikhtiyaari)
q-call-days-monday = Isniin
q-call-days-tuesday = Talaado
q-call-days-wednesday = Arbaco
q-call-days-thursday = Khamiis
q-call-days-friday = Jimce
q-call-times = Wakhtigee maalinta ayaa kuugu habboon? (ikhtiyaari)
q-call-times-morning = Subaxda
q-call-times-lunchtime = Duhurka
q-call-times-afternoon = Galabta
step-call-back-language = Luqadda
q-call-reason = Maxaad jeclaan lahayd inaan ka wada hadalno? (ikhtiyaari)
q-call-reason-hint = Dhowr eray ayaa ku filan. Meeshan waad madhan ka tagi kartaa.
step-call-back-check = Hubi jawaabahaaga
step-call-back-consent = Oggolaanshahaaga
step-call-back-consent-body =
    Lambarka telefoonkaaga waxaan u isticmaali doonnaa oo keliya inaan dib kuugu soo wacno wax ku saabsan caddaaladda dib-u-hagaajinta.

## Withdrawal

step-withdrawal-details = Jooji codsigaaga
step-withdrawal-details-body = Noo sheeg lambarkaaga tixraaca iyo sida aan u hubin karno inay adiga tahay. Halkan kuma tusi doonno wax ku saabsan codsigaaga.
q-reference = Lambarkaaga tixraaca
q-reference-hint = Wuxuu ku bilaabmaa RJ, sida RJ-HK4M-7TWX.
q-reference-error = Qor lambarkaaga tixraaca
q-withdraw-contact = Lambarka telefoonkaaga ama cinwaanka iimaylkaaga
q-withdraw-contact-hint = Kii aad na siisay, si aan u hubinno inay adiga tahay.
q-withdraw-contact-error = Qor lambarka telefoonkaaga ama cinwaanka iimaylkaaga
q-withdraw-reason = Maxaad u rabtaa inaad joojiso? (ikhtiyaari)
q-withdraw-reason-hint = Uma baahnid inaad noo sheegto.
q-withdraw-confirm = Xaqiiji
q-withdraw-confirm-confirm = Waxaan rabaa inaan joojiyo codsigayga
q-withdraw-confirm-error = Calaamadee sanduuqa si aad u xaqiijiso inaad rabto inaad joojiso

## Confirmation

sent-referral-title = Waan helnay codsigaaga
sent-call-back-title = Waan ku soo wici doonnaa
sent-withdrawal-title = Waan helnay codsigaaga joojinta
sent-reference = Lambarkaaga tixraacu waa
sent-keep-reference = Lambarkan meel ammaan ah ku hay. Waxaad u baahan doontaa haddii aad nala soo xiriirto arrintan ku saabsan.
sent-next-heading = Waxa xiga
sent-referral-next = Qof kooxdayada ka mid ah ayaa kula soo xiriiri doona ugu dambayn { $date }, habka aad noo sheegtay inuu ammaan yahay.
sent-call-back-next = Waan ku soo wici doonnaa ugu dambayn { $date }.
sent-withdrawal-next = Waan joojin doonnaa shaqada codsigaaga, waxaanan kuu xaqiijin doonnaa ugu dambayn { $date }, haddii ay ammaan tahay in laguula soo xiriiro.
sent-contact-heading = Nala soo xiriir
sent-withdraw-heading = Haddii aad go'aankaaga beddesho
sent-withdraw-text = Waad joojin kartaa wakhti kasta.
sent-withdraw-link = Jooji codsigaaga
sent-support-heading = Taageero inta aad sugayso
sent-support-text = Waxaad taageero bilaash ah ka heli kartaa Victim Support wakhti kasta, haddii aad ka qayb qaadato caddaaladda dib-u-hagaajinta iyo haddii kaleba. Xaalad degdeg ah, wac 999.
sent-print = Si aad u haysato diiwaan, qor lambarkaaga tixraaca ama daabac boggan.
sent-equality-heading = Naga caawi inaan qof walba si caddaalad ah ula dhaqanno (ikhtiyaari)
sent-equality-text = Dhowr su'aalood oo adiga ku saabsan ayaa naga caawiya inaan hubinno inaan qof walba si caddaalad ah ula dhaqanno. Jawaabahaaga waxaa lagu hayaa meel ka gooni ah codsigaaga.
sent-equality-link = Ka jawaab su'aalaha sinnaanta
sent-home-link = Tag bogga hore

## Equality monitoring

step-referral-equality = Naga caawi inaan qof walba si caddaalad ah ula dhaqanno
step-referral-equality-body =
    Su'aalahan waa ikhtiyaari. Jawaabahaaga waxaa lagu hayaa meel ka gooni ah codsigaaga, waxaana loo isticmaalaa oo keliya in lagu tiriyo inta qof ee aan caawinno.
q-eq-age = Immisa jir baad tahay?
q-eq-age-under-18 = Ka yar 18 sano
q-eq-age-18-24 = 18 ilaa 24 sano
q-eq-age-25-34 = 25 ilaa 34 sano
q-eq-age-35-44 = 35 ilaa 44 sano
q-eq-age-45-54 = 45 ilaa 54 sano
q-eq-age-55-64 = 55 ilaa 64 sano
q-eq-age-65-plus = 65 sano ama ka weyn
q-eq-age-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-eq-sex = Jinsigaagu waa maxay?
q-eq-sex-female = Dheddig
q-eq-sex-male = Lab
q-eq-sex-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-eq-gender-same = Jinsiga aad isku aqoonsato ma la mid yahay jinsiga laguu diiwaan geliyay markii aad dhalatay?
q-eq-gender-same-yes = Haa
q-eq-gender-same-no = Maya
q-eq-gender-same-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-eq-ethnicity = Kooxdee qowmiyadeed ayaad ka tirsan tahay?
q-eq-ethnicity-white-british = Caddaan: English, Welsh, Scottish, Northern Irish ama British
q-eq-ethnicity-white-irish = Caddaan: Irish
q-eq-ethnicity-white-gypsy-traveller = Caddaan: Gypsy ama Irish Traveller (bulshooyinka safarka ku nool)
q-eq-ethnicity-white-roma = Caddaan: Roma
q-eq-ethnicity-white-other = Caddaan: asal kale oo caddaan ah
q-eq-ethnicity-mixed-white-black-caribbean = Isku-dhaf: Caddaan iyo Madow Kariibiyaan ah
q-eq-ethnicity-mixed-white-black-african = Isku-dhaf: Caddaan iyo Madow Afrikaan ah
q-eq-ethnicity-mixed-white-asian = Isku-dhaf: Caddaan iyo Aasiyaan
q-eq-ethnicity-mixed-other = Isku-dhaf: asal kale oo isku-dhaf ah
q-eq-ethnicity-asian-indian = Aasiyaan ama Aasiyaan British ah: Hindi
q-eq-ethnicity-asian-pakistani = Aasiyaan ama Aasiyaan British ah: Baakistaani
q-eq-ethnicity-asian-bangladeshi = Aasiyaan ama Aasiyaan British ah: Bangaaladheeshi
q-eq-ethnicity-asian-chinese = Aasiyaan ama Aasiyaan British ah: Shiinees
q-eq-ethnicity-asian-other = Aasiyaan ama Aasiyaan British ah: asal kale oo Aasiyaan ah
q-eq-ethnicity-black-african = Madow, Madow British ah, Kariibiyaan ama Afrikaan: Afrikaan
q-eq-ethnicity-black-caribbean = Madow, Madow British ah, Kariibiyaan ama Afrikaan: Kariibiyaan
q-eq-ethnicity-black-other = Madow, Madow British ah, Kariibiyaan ama Afrikaan: asal kale
q-eq-ethnicity-other-arab = Koox qowmiyadeed oo kale: Carab
q-eq-ethnicity-other-any = Koox qowmiyadeed oo kale
q-eq-ethnicity-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-eq-disability = Ma qabtaa naafanimo ama xaalad caafimaad oo muddo dheer socota?
q-eq-disability-yes = Haa
q-eq-disability-no = Maya
q-eq-disability-prefer-not = Waxaan doorbidayaa inaanan sheegin

## Too many tries

busy-title = Fadlan in yar sug
busy-text =
    Wakhti gaaban gudihiis jawaabo badan ayaa nooga yimid xiriirkaaga. Fadlan sug { $minutes ->
        [one] { $minutes } daqiiqad
       *[other] { $minutes } daqiiqo
    }, kadibna mar kale isku day.
busy-back = Isticmaal badhanka Back ee browser-kaaga si aad ugu noqoto jawaabahaaga. Weli way yaallaan.

## Our database is not answering

store-down-title = Hadda ma kaydin karno jawaabahaaga
store-down-text = Dhibaato ayaa dhankayaga ka jirta. Jawaabihii aad ku bixisay boggagii hore waa la hayaa. Wixii aad ku qortay boggan weli waxay ku jiraan browser-kaaga: isticmaal badhanka Back ee browser-ka si aad ugu noqoto, kadibna mar kale isku day dhowr daqiiqo kadib. Haddii ay sii socoto, nagu soo wac { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = Noo sheeg sidii ay kula ahayd
feedback-intro = Waad ku mahadsan tahay inaad ka qayb qaadatay. Jawaabahaagu waxay naga caawiyaan inaan adeegga u hagaajinno dadka kale. Waxaan keliya tirinnaa jawaabaha: qofna ma akhriyo iyagoo magacaaga la socda.
feedback-prefer-not = Su'aal kasta waxaad u dooran kartaa "Waxaan doorbidayaa inaanan sheegin".
q-fb-service = Intee in le'eg ayaad ku qanacsan tahay adeegga aan ku siinnay?
q-fb-service-very-satisfied = Aad u qanacsan
q-fb-service-satisfied = Qanacsan
q-fb-service-neither = Dhexdhexaad: qanacsan iyo aan qanacsanayn midna ma ihi
q-fb-service-dissatisfied = Aan qanacsanayn
q-fb-service-very-dissatisfied = Gabi ahaanba aan qanacsanayn
q-fb-service-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-fb-service-error = Dooro inta aad ku qanacsan tahay, ama "Waxaan doorbidayaa inaanan sheegin"
q-fb-outcome = Intee in le'eg ayaad ku qanacsan tahay sida ay arrimuhu ku dhammaadeen?
q-fb-outcome-very-satisfied = Aad u qanacsan
q-fb-outcome-satisfied = Qanacsan
q-fb-outcome-neither = Dhexdhexaad: qanacsan iyo aan qanacsanayn midna ma ihi
q-fb-outcome-dissatisfied = Aan qanacsanayn
q-fb-outcome-very-dissatisfied = Gabi ahaanba aan qanacsanayn
q-fb-outcome-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-fb-outcome-error = Dooro inta aad ku qanacsan tahay, ama "Waxaan doorbidayaa inaanan sheegin"
q-fb-safety = Marka la barbar dhigo sidii hore, intee in le'eg ayaad hadda ammaan dareemaysaa?
q-fb-safety-better = Ammaan ka badan sidii hore
q-fb-safety-same = Ku dhawaad sidii hore
q-fb-safety-worse = Ammaan ka yar sidii hore
q-fb-safety-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-fb-safety-error = Dooro jawaab, ama "Waxaan doorbidayaa inaanan sheegin"
q-fb-wellbeing = Marka la barbar dhigo sidii hore, hadda sidee ayaad isu dareemaysaa?
q-fb-wellbeing-better = Ka fiican sidii hore
q-fb-wellbeing-same = Ku dhawaad sidii hore
q-fb-wellbeing-worse = Ka xun sidii hore
q-fb-wellbeing-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-fb-wellbeing-error = Dooro jawaab, ama "Waxaan doorbidayaa inaanan sheegin"
q-fb-coping = Marka la barbar dhigo sidii hore, intee in le'eg ayaad hadda ula qabsan kartaa wixii dhacay?
q-fb-coping-better = Ka fiican sidii hore
q-fb-coping-same = Ku dhawaad sidii hore
q-fb-coping-worse = Ka xun sidii hore
q-fb-coping-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-fb-coping-error = Dooro jawaab, ama "Waxaan doorbidayaa inaanan sheegin"
q-fb-confidence = Marka la barbar dhigo sidii hore, intee in le'eg ayaad hadda ku kalsoon tahay booliska iyo maxkamadaha?
q-fb-confidence-better = Kalsooni ka badan sidii hore
q-fb-confidence-same = Ku dhawaad sidii hore
q-fb-confidence-worse = Kalsooni ka yar sidii hore
q-fb-confidence-prefer-not = Waxaan doorbidayaa inaanan sheegin
q-fb-confidence-error = Dooro jawaab, ama "Waxaan doorbidayaa inaanan sheegin"
feedback-gone-title = Xiriirkan mar dambe ma shaqeeyo
feedback-gone-text = Xiriir kasta oo ra'yi-celin ah hal mar oo keliya ayuu shaqeeyaa, muddo dhowr toddobaad ah oo keliya. Haddii aad weli jeclaan lahayd inaad noo sheegto sidii ay kula ahayd, nagu soo wac { $phone }.
feedback-thanks-title = Mahadsanid
feedback-thanks-text = Jawaabahaaga waan helnay. Waxay naga caawiyaan inaan adeegga u hagaajinno qofka xiga.
