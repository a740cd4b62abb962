# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = Paskutinį kartą atnaujinta:
hours-text = Dirbame nuo pirmadienio iki penktadienio, nuo { $opens } iki { $closes }. Jei reikia, galime susitikti vakare arba savaitgalį.
read-next = Skaitykite toliau
about-nav-label = Apie atkuriamąjį teisingumą

## Home page

home-summary = Padedame nuo nusikaltimo nukentėjusiems žmonėms pasikalbėti su žalą padariusiu žmogumi arba perduoti jam žinutę. Apmokytas tarpininkas rūpinasi, kad tai būtų saugu, nesvarbu, koks tai buvo nusikaltimas ir kiek seniai jis įvyko.
home-ways-heading = Kaip pradėti
home-way-refer = Kreipkitės patys arba nukreipkite pas mus kitą žmogų
home-way-refer-text = Atsakykite internetu į kelis trumpus klausimus. Galite sustoti bet kada.
home-way-call = Paprašykite, kad paskambintume
home-way-call-text = Pasakykite, kada saugu jums skambinti, ir mes paskambinsime.
home-way-read = Skaitykite daugiau apie atkuriamąjį teisingumą
home-way-read-text = Sužinokite, kas tai yra, kaip tai vyksta ir kas gali dalyvauti.
home-more-heading = Sužinokite daugiau

## What is restorative justice

what-title = Kas yra atkuriamasis teisingumas?
what-intro = Atkuriamasis teisingumas suteikia nuo nusikaltimo nukentėjusiems žmonėms saugų būdą pasikalbėti su žalą padariusiu žmogumi.
what-idea-heading = Kokia mintis
what-idea-1 = Nusikaltimas žeidžia žmones. Dažnai nukentėjęs žmogus turi klausimų, į kuriuos gali atsakyti tik kitas žmogus. Kodėl aš? Ar tai buvo suplanuota? Ar tai pasikartos?
what-idea-2 = Atkuriamasis teisingumas leidžia jums užduoti šiuos klausimus. Taip pat galite pasakyti, kaip nusikaltimas pakeitė jūsų gyvenimą. Žalą padaręs žmogus turi išklausyti ir pažvelgti į tai, ką padarė.
what-idea-3 = Viskuo rūpinasi apmokytas vadovas, vadinamas tarpininku. Jis nepalaiko nė vienos pusės. Jo darbas – rūpintis visų saugumu ir užtikrinti, kad kiekvienas būtų išklausytas.
what-meeting-heading = Kaip vyksta susitikimas
what-meeting-1 = Susitikimas kartais vadinamas konferencija. Jūs susitinkate su žalą padariusiu žmogumi, o tarpininkas būna tame pačiame kambaryje.
what-meeting-l1 = Jis vyksta saugioje vietoje, kuri jums tinka.
what-meeting-l2 = Galite pasiimti draugą ar šeimos narį, kad jus palaikytų.
what-meeting-l3 = Pirmiausia visi susitaria dėl taisyklių, pavyzdžiui, kalbėti paeiliui.
what-meeting-l4 = Galite bet kada padaryti pertrauką arba sustoti.
what-indirect-heading = Jei nenorite susitikti
what-indirect-1 = Jums nereikia susitikti akis į akį. Bendrauti galima ir kitais būdais:
what-indirect-l1 = Tarpininkas gali perduoti žinutes tarp jūsų. Kartais tai vadinama netiesiogine mediacija.
what-indirect-l2 = Galite parašyti laišką arba gauti laišką iš to žmogaus.
what-indirect-l3 = Galite įrašyti žinutę – vaizdo įrašu arba tik garsu.
what-indirect-2 = Daug žmonių pradeda nuo laiško ar žinučių. Kai kurie vėliau nusprendžia susitikti. Kiti ne, ir tai visiškai normalu.
what-agreement-heading = Kas yra baigiamasis susitarimas
what-agreement-1 = Susitikimo pabaigoje žmonės gali susitarti, kas bus toliau. Pavyzdžiui, žalą padaręs žmogus gali sutikti atsiprašyti raštu, atlyginti žalą arba kreiptis pagalbos dėl alkoholio ar narkotikų.
what-agreement-2 = Šis planas užrašomas. Jis vadinamas baigiamuoju susitarimu. Visi turi su juo sutikti. Vėliau patikriname, ar pažadai ištesėti, ir pranešame jums, kaip sekėsi.
what-funder-heading = Kas moka už šią paslaugą
what-funder-text = Paslaugą { $service } apmoka West Midlands policijos ir nusikalstamumo komisaras (Police and Crime Commissioner). Tai žmonių išrinktas asmuo, kuris prižiūri policijos darbą West Midlands regione. Viena iš komisaro pareigų – mokėti už pagalbą nuo nusikaltimų nukentėjusiems žmonėms.

## How it works

how-title = Kaip tai vyksta, žingsnis po žingsnio
how-intro = Štai kas vyksta nuo tos dienos, kai su mumis susisiekiate. Galite sustoti bet kuriame žingsnyje. Tiesiog pasakykite mums.
how-s1-heading = 1 žingsnis. Jūs susisiekiate su mumis
how-s1-text = Užpildykite mūsų formą, paprašykite, kad paskambintume, paskambinkite mums arba parašykite el. laišką. Jūsų sutikimu jus pas mus gali nukreipti ir kitas žmogus. Jums nebūtina būti pranešus apie nusikaltimą policijai.
how-s2-heading = 2 žingsnis. Mes susisiekiame su jumis
how-s2-text = Susisieksime su jumis per 5 darbo dienas. Skambiname ar rašome tik tuo būdu, kurį nurodėte kaip saugų. Paaiškiname, ką galime pasiūlyti, ir atsakome į jūsų klausimus. Niekas jūsų neverčia tęsti.
how-s3-heading = 3 žingsnis. Kartu pasiruošiame
how-s3-text = Tarpininkas susitinka su jumis, dažnai ne vieną kartą. Jis klausia, ko tikitės ir kas jus neramina. Jis taip pat susitinka su kitu žmogumi, kad patikrintų, ar tas žmogus pasiruošęs dalyvauti sąžiningai.
how-s3-safety = Prieš ką nors pradedant, tarpininkas patikrina, ar tai saugu. Tai vadinama rizikos vertinimu. Jei tai nesaugu, niekas nevyksta.
how-s3-time = Pasiruošimas gali užtrukti kelias savaites. Kartais – kelis mėnesius. Einame jūsų tempu.
how-s4-heading = 4 žingsnis. Susitikimas arba žinutės
how-s4-text = Kai visi pasiruošę, jūs susitinkate su kitu žmogumi, dalyvaujant tarpininkui. Arba, jei norite, vietoj to siunčiate žinutes, laiškus ar įrašą. Renkatės jūs.
how-s5-heading = 5 žingsnis. Po to
how-s5-text = Po susitikimo ar žinučių tarpininkas palaiko ryšį su jumis. Jei buvo susitarta, tikriname, ar susitarimo laikomasi. Taip pat galime nukreipti jus į kitą pagalbą.
how-stop-heading = Galite sustoti bet kada
how-stop-text = Galite persigalvoti bet kuriame žingsnyje, net susitikimo dieną. Jums nereikia nurodyti priežasties. Sustojimas nepaveiks jokios bylos teisme ar kitos jums teikiamos pagalbos.
how-long-heading = Kiek tai užtrunka
how-long-l1 = Pirmas kontaktas: per 5 darbo dienas.
how-long-l2 = Pasiruošimas: dažnai kelios savaitės, kartais keli mėnesiai.
how-long-l3 = Susitikimas: dažnai valanda ar dvi.
how-long-l4 = Ryšys po to: tiek, kiek jums reikia.

## Who can take part

who-title = Kas gali dalyvauti
who-intro = Atkuriamasis teisingumas skirtas visiems, kuriuos įskaudino nusikaltimas, ir žmonėms, kurie padarė žalą.
who-harmed-heading = Nuo nusikaltimo nukentėję žmonės
who-harmed-text = Galite dalyvauti, jei nukentėjote nuo nusikaltimo. Gali dalyvauti ir jūsų šeima, pavyzdžiui, partneris, tėvas ar motina, vaikas.
who-bereaved-text = Jei dėl nusikaltimo mirė jūsų mylimas žmogus, galite dalyvauti. Tai apima partnerius, tėvus, vaikus, brolius ir seseris.
who-caused-heading = Žalą padarę žmonės
who-caused-text = Jei padarėte žalą, galite mūsų paklausti apie atkuriamąjį teisingumą. Jis gali vykti tik tada, jei jūsų nuskriaustas žmogus sutinka. Mes jo paklausiame ir gerbiame jo atsakymą.
who-young-heading = Jaunimas
who-young-text = Dalyvauti gali ir jaunesni nei 18 metų žmonės. Suaugusiojo sutikimo nereikia, bet pasirūpinsime, kad turėtumėte paramą. Jei žalą padaręs žmogus yra jaunesnis nei 18 metų, dirbame su vietos Youth Offending Team – savivaldybės komanda, kuri dirba su įstatymą pažeidusiais jaunesniais nei 18 metų žmonėmis.
who-crime-heading = Bet koks nusikaltimas, bet kada
who-crime-l1 = Bet kokios rūšies nusikaltimas. Kai kuriais atvejais reikia specialiai apmokytų darbuotojų: kai buvo sunkus ar seksualinis smurtas, smurtas artimoje aplinkoje, neapykantos nusikaltimas, taip pat kai žmogus yra pažeidžiamas arba gali vėl nukentėti.
who-crime-l2 = Bet kuriuo metu: prieš bylą teisme, jos metu ar po jos.
who-crime-l3 = Laiko apribojimų nėra. Nusikaltimas galėjo įvykti prieš daug metų.
who-crime-l4 = Jums nebūtina būti pranešus policijai.
who-everyone-heading = Kad ir kas būtumėte
who-everyone-text = Padedame žmonėms iš bet kurios šalies, nesvarbu, kokią teisę gyventi čia jie turi. Su visais elgiamės teisingai. Kiekviename žingsnyje galime jums nemokamai surasti vertėją.
who-area-heading = Kur dirbame
who-area-text = Dirbame Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall ir Wolverhampton. Jei gyvenate kitur, vis tiek susisiekite su mumis. Padėsime rasti tinkamą tarnybą.
who-not-heading = Kada galime būti ne ta tarnyba, kurios jums reikia
who-not-text = Jei turite problemų su kaimynu, bet nusikaltimo nebuvo, jums gali padėti vietos savivaldybė (council) arba būsto tiekėjas. Galime pasakyti, į ką kreiptis.

## Is it safe?

safe-title = Ar tai saugu?
safe-intro = Jūsų saugumas – svarbiausia kiekviename žingsnyje. Štai kaip saugome jus.
safe-choice-heading = Tai jūsų pasirinkimas
safe-choice-text = Dalyvauti ar ne – sprendžiate jūs. Niekas negali jūsų priversti. Galite atsisakyti arba bet kada sustoti, ir jums nereikia aiškinti kodėl.
safe-check-heading = Pirmiausia patikriname, ar tai saugu
safe-check-text = Prieš bet kokį susitikimą tarpininkas atidžiai įvertina riziką. Jis kalbasi su kiekvienu žmogumi. Jis žiūri, kas įvyko ir ar kas nors galėtų vėl nukentėti.
safe-staff-heading = Apmokyti darbuotojai
safe-staff-text = Mūsų tarpininkai apmokyti atkuriamojo teisingumo. Kai kuriais atvejais reikia papildomai apmokytų darbuotojų. Tai sunkus ar seksualinis smurtas, smurtas artimoje aplinkoje ir neapykantos nusikaltimai. Taip pat atvejai, kai žmogus yra pažeidžiamas, gali vėl nukentėti arba kai žala buvo daroma ilgą laiką.
safe-support-heading = Parama prieš, per ir po
safe-support-l1 = Prieš: tarpininkas padeda jums pasiruošti ir kartu su jumis planuoja kiekvieną žingsnį.
safe-support-l2 = Per: galite atsivesti jus palaikantį žmogų, padaryti pertrauką arba sustoti.
safe-support-l3 = Po: palaikome ryšį ir galime nukreipti jus į kitą pagalbą.
safe-not-heading = Jei tęsti netinka
safe-not-text = Kartais nusprendžiame, kad tęsti nesaugu arba netinka. Tokiu atveju jums tai pasakysime švelniai ir, kiek galėsime, paaiškinsime kodėl. Padėsime jums rasti kitą pagalbą.
safe-private-heading = Jūsų duomenys lieka privatūs
safe-private-text = Niekada neduodame kitam žmogui jūsų adreso ar telefono numerio. Perduodame tik tai, ką leidžiate, nebent kam nors gresia pavojus.

## Myths and facts

myths-title = Mitai ir faktai
myths-intro = Daug žmonių klaidingai supranta atkuriamąjį teisingumą. Štai keli dažni mitai ir faktai.
myths-soft-q = Mitas: tai lengva išeitis.
myths-soft-a = Faktas: ne. Žmogui, kuris padarė žalą, sunku pažvelgti į akis tam, kurį nuskriaudė. Daug žalą padariusių žmonių sako, kad tai sunkiau nei teismas.
myths-forgive-q = Mitas: jūs turite atleisti.
myths-forgive-a = Faktas: jums nereikia niekam atleisti. Galite saugiai pasakyti, ką iš tikrųjų jaučiate.
myths-court-q = Mitas: tai pakeičia bylą teisme.
myths-court-a = Faktas: tai vyksta kartu su policijos ir teismų darbu, o ne vietoj jo. Tai gali vykti prieš bylą teisme, jos metu ar po jos.
myths-minor-q = Mitas: tai tik smulkiems nusikaltimams.
myths-minor-a = Faktas: tai gali padėti po bet kokio nusikaltimo, net labai sunkaus. Sunkių nusikaltimų atvejais ir kai žmogus yra pažeidžiamas ar jam gresia pavojus, dirba papildomai apmokyti darbuotojai, o mes esame ypač atsargūs.
myths-meet-q = Mitas: reikia susitikti akis į akį.
myths-meet-a = Faktas: nereikia. Vietoj to galite siųsti žinutes, laišką ar įrašą.
myths-offender-q = Mitas: tai daugiausia padeda tam, kas tai padarė.
myths-offender-a = Faktas: tai daugiausia skirta nukentėjusiam žmogui. Viskas vyksta jo tempu ir tik tada, jei jis to nori.
myths-late-q = Mitas: per vėlu, jei nusikaltimas įvyko seniai.
myths-late-a = Faktas: laiko apribojimų nėra. Kai kurie žmonės dalyvauja praėjus daug metų po nusikaltimo.
myths-cost-q = Mitas: reikia mokėti.
myths-cost-a = Faktas: tai nemokama.

## If you caused harm

harm-title = Jei padarėte žalą
harm-intro = Jei nusikaltimu ką nors įskaudinote, atkuriamasis teisingumas gali padėti jums pažvelgti į tai, ką padarėte, ir pabandyti tai ištaisyti.
harm-what-heading = Ką tai gali jums duoti
harm-what-text = Galite išgirsti, kaip jūsų veiksmai paveikė kitą žmogų. Galite atsakyti į jo klausimus ir atsiprašyti, jei to iš tikrųjų norite. Daug žmonių sako, kad tai padeda jiems eiti toliau ir daugiau nepatekti į bėdą.
harm-expect-heading = Ko tikėtis
harm-expect-l1 = Pirmiausia su jumis susitinka tarpininkas, gal kelis kartus, kad padėtų pasiruošti.
harm-expect-l2 = Jis patikrina, ar pripažįstate, kad tai, ką padarėte, buvo blogai. Jums nereikia mokėti rasti visų tinkamų žodžių.
harm-expect-l3 = Jei kitas žmogus sutinka, galite su juo susitikti, jam parašyti arba apsikeisti žinutėmis.
harm-expect-l4 = Galite atsivesti jus palaikantį žmogų. Galite sustoti bet kada.
harm-limits-heading = Ko tai negali pažadėti
harm-limits-l1 = Tai nėra būdas gauti švelnesnę bausmę. Tai gali vykti prieš paskiriant bausmę, ir teismas gali palaukti, kad tai įvyktų. Bet negalime nieko pažadėti dėl teismo, kalėjimo ar probacijos.
harm-limits-l2 = Kitas žmogus gali atsisakyti. Tai jo teisė, ir mes jums neduosime jo duomenų.
harm-limits-l3 = Svarbiausias yra jūsų nuskriaustas žmogus. Tai vyksta tik tada, jei tai tinka jam.
harm-limits-text = Jei jis atsisakys, jums tai pasakysime švelniai. Galime su jumis pasikalbėti apie tai, kas dar galėtų padėti.
harm-start-heading = Kaip pradėti
harm-start-text = Susisiekite su mumis patys arba paprašykite, kad jus pas mus nukreiptų jūsų probacijos pareigūnas, darbuotojas su jaunimu ar kalėjimo darbuotojai. Pirmiausia viską aptarsime su jumis.
harm-start-link = Pradėti kreipimąsi

## For professionals

pro-title = Specialistams
pro-intro = Šis puslapis skirtas policijai, probacijos tarnybai, pagalbos nukentėjusiesiems tarnyboms, Youth Offending Team komandoms, kalėjimams ir kitiems darbuotojams, kurie nori nukreipti žmogų pas mus.
pro-who-heading = Kas gali nukreipti
pro-who-text = Bet kuris darbuotojas gali nukreipti nuo nusikaltimo nukentėjusį žmogų arba žmogų, kuris padarė žalą. Tai policija, probacijos tarnyba, pagalba nukentėjusiesiems, Youth Offending Team komandos, bendruomenės saugumo komandos, kalėjimai, sveikatos priežiūra, būsto tarnybos ir labdaros organizacijos.
pro-consent-heading = Pirmiausia paklauskite
pro-consent-text = Pirmiausia paklauskite paties žmogaus. Pasakykite jam, kas yra atkuriamasis teisingumas ir kad mes su juo susisieksime. Jei esate policijos pareigūnas ir dar nepaklausėte šio žmogaus, vis tiek galite jį nukreipti pas mus. Užpildykite formą arba skambinkite mums { $phone }. Pirmiausia patys susisieksime su tuo žmogumi ir paklausime, ar jis nori mūsų pagalbos.
pro-how-heading = Kaip nukreipti
pro-how-text = Naudokite tą pačią internetinę formą kaip ir visi kiti. Pradžioje pasirinkite, kad nukreipiate kitą žmogų. Taip pat galite skambinti mums { $phone } arba rašyti { $email }.
pro-how-link = Nukreipkite žmogų pas mus
pro-info-heading = Kas mums padeda
pro-info-l1 = Kaip ir kada galime saugiai susisiekti su žmogumi.
pro-info-l2 = Kalbos, vertėjo ar prieinamumo poreikiai.
pro-info-l3 = Kas įvyko, ir nusikaltimo numeris, jei jis yra.
pro-info-l4 = Kokiame etape dabar byla: pavyzdžiui, laukiama teismo arba bausmė jau paskirta.
pro-info-l5 = Rizikos, apie kurias turėtume žinoti, pavyzdžiui, smurtas artimoje aplinkoje ar grasinimai.
pro-info-l6 = Kito žmogaus duomenys, jei juos žinote.
pro-after-heading = Ką jums pranešame vėliau
pro-after-text = Pranešime, kai susisieksime su žmogumi, ir kaip sekasi. Nesidalijame tuo, ką žmonės mums pasako privačiai, nebent jie sutinka arba kam nors gresia pavojus.
pro-young-heading = Žalą padarę jauni žmonės
pro-young-text = Jei žalą padaręs žmogus yra jaunesnis nei 18 metų, pirmiausia kalbamės su vietos Youth Offending Team. Paprastai atkuriamąjį teisingumą jauniems žmonėms organizuoja jie.
pro-leaflet-heading = Lankstinukai
pro-leaflet-text = Galite išspausdinti mūsų vieno puslapio lankstinuką bet kuria mūsų kalba, kad galėtumėte jį dalyti arba pakabinti ant sienos.

## What the evidence says

evidence-title = Ką rodo tyrimai
evidence-intro = Atkuriamasis teisingumas buvo atidžiai tirtas Anglijoje ir Velse. Štai ką nustatė tyrimai.
evidence-satisfied-heading = Dauguma nukentėjusiųjų džiaugiasi, kad dalyvavo
evidence-satisfied-text = Teisingumo ministerijos (Ministry of Justice) užsakytame tyrime buvo apklausti nukentėjusieji, kurie susitiko su juos nuskriaudusiu žmogumi susitikime, vadinamame konferencija. 85 % jų sakė, kad buvo patenkinti.
evidence-crime-heading = Vėliau mažiau nusikaltimų
evidence-crime-text = Tas pats tyrimas nustatė, kad žalą padarę žmonės, kurie dalyvavo, vėliau įvykdė maždaug 14 % mažiau nusikaltimų nei panašūs žmonės, kurie nedalyvavo.
evidence-aware-heading = Mažai kas apie tai žino
evidence-aware-text = 2016 metais tik 28 % apklaustų žmonių buvo girdėję apie atkuriamąjį teisingumą. Dauguma apklaustųjų sakė, kad nukentėjusieji turėtų turėti teisę susitikti su juos nuskriaudusiu žmogumi.
evidence-limits = Tyrimai rodo, kas vyksta vidutiniškai. Jie negali pasakyti, kas nutiks jums.
evidence-sources-heading = Iš kur šie skaičiai
evidence-src-1 = Joanna Shapland ir kiti, Teisingumo ministerijos (Ministry of Justice) užsakytas trijų atkuriamojo teisingumo programų tyrimas (2007 ir 2008 m.).
evidence-src-2 = West Midlands policijos ir nusikalstamumo komisaras (Police and Crime Commissioner), sprendimas Nr. 009/2015, kuriame naudojami tie patys skaičiai.
evidence-src-3 = Ipsos MORI apklausa, atlikta Restorative Justice Council užsakymu (2016 m.).

## Other support

support-title = Kita pagalba
support-intro = Jums gali padėti ir kitos tarnybos. Dalyvavimas atkuriamajame teisingume niekada netrukdo jomis naudotis.
support-police-heading = Policija
support-police-999 = Skubiu atveju skambinkite 999.
support-police-55 = Jei negalite kalbėti, skambinkite 999 iš mobiliojo telefono, o kai jūsų paklaus, paspauskite 55. Tai vadinama Silent Solution (tyliuoju sprendimu).
support-police-101 = Norėdami pranešti apie nusikaltimą, kai tai nėra skubu, skambinkite 101.
support-victims-heading = Pagalba nukentėjusiesiems
support-vs-text = Victim Support nemokamai padeda visiems, kuriuos paveikė nusikaltimas, net jei apie jį nebuvo pranešta. Skambinkite jiems nemokamai 08 08 16 89 111.
support-abuse-heading = Smurtas artimoje aplinkoje ir seksualinis smurtas
support-da-text = National Domestic Abuse Helpline (nacionalinė pagalbos linija dėl smurto artimoje aplinkoje) yra nemokama ir veikia dieną ir naktį: 0808 2000 247.
support-rc-text = Rape Crisis padeda žmonėms po išžaginimo ar seksualinės prievartos, nesvarbu, kiek seniai tai įvyko. Jų svetainėje nurodyti būdai susisiekti.
support-feelings-heading = Jei jums liūdna ar norite pasikalbėti
support-sam-text = Samaritans jus išklausys bet kuriuo dienos ar nakties metu. Skambinkite jiems nemokamai 116 123.
support-young-heading = Jaunimas
support-yot-text = Kiekviena savivaldybė turi Youth Offending Team. Ši komanda dirba su jaunesniais nei 18 metų žmonėmis, kurie turėjo problemų su įstatymu, ir dažnai organizuoja jiems atkuriamąjį teisingumą. Jūsų savivaldybė gali padėti su ja susisiekti.
support-elsewhere-heading = Jei gyvenate ne West Midlands regione
support-elsewhere-text = Atkuriamojo teisingumo tarnybų yra visoje Anglijoje ir Velse. Restorative Justice Council turi jų sąrašą. Jūsų vietos policijos ir nusikalstamumo komisaras (Police and Crime Commissioner) taip pat gali pasakyti, kas tokią tarnybą turi netoli jūsų.
support-links-heading = Svetainės
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

online-title = Saugumas internete
online-intro = Jei kas nors tikrina jūsų telefoną ar kompiuterį, jis gali pamatyti, kad lankėtės šioje svetainėje. Štai kaip galite apsisaugoti.
online-exit-heading = Ką daro išėjimo mygtukas
online-exit-does = Mygtukas „{ quick-exit }“ iškart nuveda jus į orų svetainę. Taip pat galite 3 kartus paspausti klavišą Shift. Jis ištrina visus atsakymus, kuriuos pradėjote pildyti mūsų formoje, ir pašalina mūsų slapuką.
online-exit-doesnt = Jis neištrina jūsų naršyklės istorijos. Kas nors vis tiek galėtų pamatyti, kad čia lankėtės. Todėl perskaitykite toliau pateiktus patarimus.
online-private-heading = Naudokite privatų naršymą
online-private-text = Privačiame lange naršyklė nesaugo aplankytų puslapių sąrašo. Atsidarykite jį prieš apsilankydami pas mus:
online-private-chrome = Chrome: atidarykite meniu ir pasirinkite „Naujas inkognito langas“.
online-private-edge = Edge: atidarykite meniu ir pasirinkite „Naujas InPrivate langas“.
online-private-firefox = Firefox: atidarykite meniu ir pasirinkite „Naujas privataus naršymo langas“.
online-private-safari = Safari: atidarykite meniu „File“ ir pasirinkite „New Private Window“.
online-history-heading = Išvalykite istoriją
online-history-text = Jei nenaudojote privataus lango, galite ištrinti šią svetainę iš savo istorijos.
online-history-windows = Windows kompiuteryje, Chrome, Edge ar Firefox naršyklėje: vienu metu paspauskite Ctrl, Shift ir Delete. Tada pasirinkite, ką išvalyti.
online-history-mac = Mac kompiuteryje, Safari naršyklėje: atidarykite meniu „History“ ir pasirinkite „Clear History“.
online-history-iphone = iPhone telefone: atidarykite „Settings“, tada „Safari“, tada „Clear History and Website Data“.
online-history-android = Android telefone, Chrome naršyklėje: palieskite tris taškus, tada „Istorija“, tada „Ištrinti naršymo duomenis“.
online-history-care = Jei išvalysite visą istoriją, tikrinantis žmogus gali tai pastebėti. Galbūt norėsite ištrinti tik šios svetainės puslapius.
online-device-heading = Naudokite saugesnį įrenginį
online-device-text = Saugiausia naudoti telefoną ar kompiuterį, prie kurio kitas žmogus negali prieiti. Pavyzdžiui, draugo telefoną, kompiuterį darbe ar bibliotekoje.
online-other-heading = Ką dar patikrinti
online-other-l1 = El. laiškai ir SMS žinutės: ištrinkite tuos mūsų laiškus ir žinutes, kurių nenorite, kad kas nors pamatytų. Tada išvalykite ištrintų elementų aplanką.
online-other-l2 = Bendros paskyros: jei su kuo nors dalijatės Google, Apple ar Microsoft paskyra, jūsų istorija gali matytis kituose įrenginiuose.
online-other-l3 = Telefono skambučiai: mūsų numeris gali matytis jūsų skambučių sąraše. Galite jį ištrinti.
online-other-l4 = Jei manote, kad kas nors įdiegė į jūsų telefoną šnipinėjimo programą, susisiekite su mumis ar policija kitu telefonu.

## Questions people ask

faq-title = Dažni klausimai
faq-intro = Trumpi atsakymai į dažnus klausimus. Dauguma jų turi nuorodą į puslapį su išsamesne informacija.
faq-what-q = Kas yra atkuriamasis teisingumas?
faq-what-a = Tai saugus būdas nuo nusikaltimo nukentėjusiems žmonėms pasikalbėti su žalą padariusiu žmogumi, padedant apmokytam tarpininkui.
faq-cost-q = Ar tai kainuoja?
faq-cost-a = Ne. Tai nemokama.
faq-police-q = Ar pirmiausia būtina pranešti policijai?
faq-police-a = Ne. Galite kreiptis į mus nesvarbu, ar apie nusikaltimą buvo pranešta, ar ne.
faq-meet-q = Ar turiu susitikti su mane nuskriaudusiu žmogumi?
faq-meet-a = Ne. Vietoj to galite siųsti žinutes, laišką ar įrašą. Arba galite visai nuspręsti nedalyvauti.
faq-stop-q = Ar galiu persigalvoti?
faq-stop-a = Taip, bet kada, net susitikimo dieną. Jums nereikia nurodyti priežasties.
faq-safe-q = Kaip jūs užtikrinate mano saugumą?
faq-safe-a = Apmokytas tarpininkas patikrina, ar tai saugu, prieš ką nors pradedant. Jei tai nesaugu, niekas nevyksta.
faq-long-q = Kiek tai užtrunka?
faq-long-a = Susisiekiame su jumis per 5 darbo dienas. Pasiruošimas dažnai trunka kelias savaites. Gali užtrukti ir ilgiau, o mes einame jūsų tempu.
faq-old-q = Nusikaltimas įvyko prieš daug metų. Ar vis tiek galiu dalyvauti?
faq-old-a = Taip. Laiko apribojimų nėra.
faq-forgive-q = Ar turiu atleisti?
faq-forgive-a = Ne. Galite pasakyti, ką iš tikrųjų jaučiate.
faq-sentence-q = Ar tai pakeis bausmę?
faq-sentence-a = Tai nėra būdas gauti švelnesnę bausmę. Teismas gali palaukti su bausmės skyrimu, kad pirmiausia įvyktų atkuriamasis teisingumas. Bet tai nepakeičia teismo, ir negalime nieko pažadėti dėl bausmės.
faq-language-q = Ar galiu gauti vertėją?
faq-language-a = Taip. Kiekviename žingsnyje galime jums nemokamai surasti vertėją, taip pat ir britų gestų kalbos (British Sign Language) vertėją.
faq-refer-q = Ar galiu nukreipti kitą žmogų?
faq-refer-a = Taip, jei jis sutinka. Darbuotojai, pavyzdžiui, policija ir probacijos tarnyba, naudoja tą pačią formą.
faq-work-q = Ar tai veikia?
faq-work-a = Teisingumo ministerijos (Ministry of Justice) užsakytame tyrime 85 % nukentėjusiųjų, kurie dalyvavo susitikime su žalą padariusiu žmogumi, buvo patenkinti. Toks susitikimas vadinamas konferencija.
faq-data-q = Ką darote su mano duomenimis?
faq-data-a = Naudojame juos tik tam, kad teiktume jums šią paslaugą. Saugome juos ir be rimtos priežasties niekam neperduodame.
faq-online-q = Ar kas nors gali pamatyti, kad lankiausi šioje svetainėje?
faq-online-a = Gali. Mūsų puslapyje apie saugumą internete rasite, kaip paslėpti savo apsilankymą.
faq-help-q = Kur dar galiu gauti pagalbos?
faq-help-a = Padėti gali daug kitų tarnybų, o dalyvavimas čia niekada netrukdo jomis naudotis.

## Privacy notice

privacy-title = Pranešimas apie privatumą
privacy-intro = Šiame pranešime rašoma, ką darome su jūsų asmens duomenimis ir kokias teises turite. Juos saugo įstatymai: UK GDPR ir Data Protection Act 2018 (JK duomenų apsaugos įstatymas).
privacy-who-heading = Kas atsako už jūsų duomenis
privacy-who-text = Už jūsų duomenis atsako { $controller }. Įstatymas tai vadina duomenų valdytoju. Tai reiškia, kad jie sprendžia, kaip naudojami jūsų duomenys, ir privalo juos saugoti. Jų adresas: { $address }.
privacy-ico-text = Jų numeris Information Commissioner's Office (ICO – JK duomenų apsaugos priežiūros institucijos) sąraše yra { $ico }.
privacy-contact-text = Norėdami paklausti apie savo duomenis, rašykite { $email } arba skambinkite { $phone }.
privacy-collect-heading = Ką renkame
privacy-collect-l1 = Jūsų vardą ir kaip saugiai su jumis susisiekti.
privacy-collect-l2 = Kas įvyko ir kokiame etape yra byla teisme, jei ji yra.
privacy-collect-l3 = Kito žmogaus duomenis, jei juos pateikiate.
privacy-collect-l4 = Ko jums iš mūsų reikia, pavyzdžiui, vertėjo ar pagalbos judant.
privacy-collect-l5 = Mūsų pokalbių ir susitikimų su jumis užrašus.
privacy-special-text = Dalis šių duomenų yra ypač asmeniniai. Jie gali būti apie jūsų sveikatą, rasę, tikėjimą, lytinį gyvenimą ar nusikaltimą. Įstatymas tai vadina specialių kategorijų duomenimis ir duomenimis apie nusikalstamas veikas. Su jais elgiamės ypač atsargiai.
privacy-why-heading = Kodėl juos naudojame
privacy-why-text = Jūsų duomenis naudojame tik tam, kad galėtume jums teikti atkuriamojo teisingumo paslaugą. Tai reiškia – susisiekti su jumis, patikrinti, ar tai saugu, surengti susitikimą ar žinučių perdavimą ir palaikyti ryšį po to. Taip pat skaičiuojame savo atvejus, be vardų, kad galėtume atsiskaityti už savo darbą.
privacy-basis-heading = Mūsų teisiniai pagrindai
privacy-basis-text = Įstatymas sako, kad jūsų duomenims naudoti mums reikia rimtos teisinės priežasties. Įstatymas tai vadina teisėtu pagrindu. Mūsų pagrindai:
privacy-basis-l1 = Viešoji užduotis: šią paslaugą teikiame visuomenei, už viešuosius pinigus.
privacy-basis-l2 = Ypač asmeniniams duomenims: jūsų aiškus sutikimas arba svarbi viešoji priežastis, pavyzdžiui, žmonių saugumas.
privacy-basis-l3 = Gyvybiniai interesai: tik tada, jei gresia pavojus kieno nors gyvybei.
privacy-share-heading = Kam juos perduodame
privacy-share-text = Niekada neparduodame jūsų duomenų. Juos perduodame tik:
privacy-share-l1 = kitam jūsų atvejo žmogui, bet tik tai, ką leidžiate perduoti.
privacy-share-l2 = pagalbos tarnybai, jei jūs mūsų to paprašote.
privacy-share-l3 = policijai ar kitiems, jei kam nors gresia pavojus arba reikia apsaugoti vaiką ar suaugusįjį.
privacy-share-l4 = žmogui ar organizacijai, kurie jus pas mus nukreipė. Jiems pasakome, kaip sekasi, bet ne tai, ką jūs pasakėte.
privacy-share-l5 = įmonėms, kurios prižiūri mūsų kompiuterių sistemas. Jos privalo saugoti jūsų duomenis ir naudoti juos tik taip, kaip mes nurodome.
privacy-keep-heading = Kiek laiko juos saugome
privacy-keep-text = Jei pradedate pildyti mūsų formą ir jos nebaigiate, jūsų atsakymus ištriname per kelias valandas. Atvejo užrašus saugome tik tiek, kiek jų reikia, o tada saugiai ištriname. Paklauskite mūsų, jei norite sužinoti, kiek laiko.
privacy-rights-heading = Jūsų teisės
privacy-rights-l1 = Galite paprašyti parodyti, kokius duomenis apie jus turime.
privacy-rights-l2 = Galite paprašyti ištaisyti neteisingus duomenis.
privacy-rights-l3 = Galite paprašyti ištrinti savo duomenis. Kartais privalome juos saugoti, ir tada pasakysime kodėl.
privacy-rights-l4 = Galite paprašyti, kad nebenaudotume jūsų duomenų arba naudotume juos mažiau.
privacy-rights-l5 = Galite bet kada atšaukti savo sutikimą.
privacy-rights-text = Norėdami pasinaudoti bet kuria iš šių teisių, susisiekite su mumis. Tai nemokama. Atsakysime per vieną mėnesį.
privacy-complain-heading = Kaip pateikti skundą
privacy-complain-text = Jei nesate patenkinti tuo, kaip naudojame jūsų duomenis, pirmiausia pasakykite mums. Taip pat galite pateikti skundą ICO. Jų pagalbos linija: 0303 123 1113.
privacy-ico-link = Pateikti skundą ICO

## Cookies

cookies-title = Slapukai
cookies-intro = Slapukai – tai maži failai, kuriuos svetainė įrašo jūsų telefone ar kompiuteryje. Naudojame jų kuo mažiau.
cookies-reading-heading = Jei tik skaitote mūsų puslapius
cookies-reading-text = Į jūsų įrenginį neįrašome jokių slapukų.
cookies-form-heading = Jei pradedate pildyti mūsų formą
cookies-form-text = Įrašome vieną slapuką, kad forma prisimintų jūsų atsakymus, kai pereinate iš puslapio į puslapį. Be jo forma neveikia, todėl iš anksto neklausiame.
cookies-form-name = Pavadinimas: rj_session. Saugiu ryšiu jis vadinasi __Host-rj_session.
cookies-form-what = Ką jis saugo: atsitiktinį kodą, kuris susieja jus su jūsų atsakymais. Jame nėra jūsų vardo ar atsakymų.
cookies-form-how-long = Kiek laiko jis galioja: kol uždarote naršyklę. Mūsų pusėje jūsų atsakymai ištrinami po kelių valandų, kai baigiate pildyti.
cookies-none-heading = Jokio sekimo
cookies-none-text = Nenaudojame slapukų lankytojams skaičiuoti ar reklamai rodyti. Jokia kita įmonė per mūsų svetainę neįrašo slapukų į jūsų įrenginį.
cookies-exit-text = Mygtukas „{ quick-exit }“ iškart ištrina mūsų slapuką.

## Accessibility statement

access-title = Pareiškimas dėl prieinamumo
access-intro = Šis pareiškimas yra apie šią svetainę. Norime, kad ja galėtų naudotis kuo daugiau žmonių.
access-using-heading = Kaip naudotis šia svetaine
access-using-text = Turėtumėte galėti:
access-using-l1 = keisti spalvas ir šriftus savo nustatymuose
access-using-l2 = padidinti vaizdą iki 400 % ir vis tiek perskaityti visą tekstą
access-using-l3 = naudotis visa svetaine tik su klaviatūra
access-using-l4 = naudoti ekrano skaitytuvą, pavyzdžiui, NVDA, JAWS ar VoiceOver
access-using-l5 = naudotis svetaine, kai JavaScript išjungtas
access-using-l6 =
    skaityti ją { $languages ->
        [one] { $languages } kalba
        [few] { $languages } kalbomis
        [many] { $languages } kalbos
       *[other] { $languages } kalbų
    }, taip pat ir lengvai skaitoma anglų kalba (Easy Read)
access-plain = Taip pat stengėmės, kad tekstas būtų kuo lengviau skaitomas.
access-status-heading = Kaip ši svetainė atitinka taisykles
access-status-text = Taisyklės vadinamos Web Content Accessibility Guidelines (WCAG), 2.2 versija. Ši svetainė atitinka didžiąją dalį AA lygio reikalavimų. Kol kas ji neatitinka visų dėl toliau nurodytų problemų.
access-known-heading = Mums žinomos problemos
access-known-l1 = Daugumos mūsų vertimų dar nepatikrino kvalifikuotas vertėjas. Kiekviename tokiame puslapyje tai parašyta. Galime surasti vertėją žodžiu bet kuria kalba.
access-known-l2 = Ekrano skaitytuvas negali perskaityti kodo išspausdintame lankstinuke. Šalia jo išspausdintas svetainės adresas.
access-known-l3 = Nuorodos į kitas svetaines veda į puslapius, kurių mes nevaldome. Jais gali būti sunkiau naudotis.
access-formats-heading = Kiti formatai
access-formats-text = Jei šios informacijos jums reikia kitokiu būdu, pavyzdžiui, dideliu šriftu, lengvai skaitomu tekstu, garso įrašu ar Brailio raštu, rašykite { $email } arba skambinkite { $phone }. Atsakysime per 5 darbo dienas.
access-report-heading = Praneškite mums apie problemą
access-report-text = Jei radote problemą, kurios čia nėra, arba manote, kad neatitinkame taisyklių, rašykite { $email }.
access-enforce-heading = Jei mūsų atsakymas jūsų netenkina
access-enforce-text = Equality and Human Rights Commission (EHRC – Lygybės ir žmogaus teisių komisija) prižiūri, kad viešosios svetainės laikytųsi taisyklių. Jei jūsų netenkina, kaip sprendėme jūsų problemą, kreipkitės į Equality Advisory and Support Service (EASS – lygybės konsultavimo ir pagalbos tarnybą).
access-eass-link = Equality Advisory and Support Service (lygybės konsultavimo ir pagalbos tarnyba)
access-testing-heading = Kaip tikriname šią svetainę
access-testing-text = Kiekvieną puslapį tikrina kompiuteris tikroje naršyklėje, kiekviena kalba, taip pat ir kalbomis, kurios skaitomos iš dešinės į kairę. Taip pat tikriname su klaviatūra ir mažuose ekranuose bei tikriname, kaip lengvai skaitomas angliškas tekstas.
access-prepared = Šį pareiškimą parašėme 2026 m. lapkritį. Jį peržiūrime kiekvieną kartą, kai svetainė pasikeičia.

## Complaints

complaints-title = Skundai
complaints-intro = Prašome mums pasakyti, jei ką nors padarėme blogai. Skundas niekada nepakeis pagalbos, kurią jums teikiame.
complaints-how-heading = Kaip pateikti skundą
complaints-how-text = Skųstis galite telefonu ar el. paštu arba galite paprašyti, kad tai už jus padarytų kitas žmogus. Pasakykite, kas įvyko ir ką norėtumėte, kad padarytume.
complaints-steps-heading = Kas bus toliau
complaints-step-1 = Per 5 darbo dienas pranešame, kad gavome jūsų skundą.
complaints-step-2 = Jį nagrinėja vadovas, kuris nedalyvavo jūsų atvejyje. Jis gali jums paskambinti, kad viską aptartų.
complaints-step-3 = Per 20 darbo dienų atsakome jums raštu. Jei mums reikia daugiau laiko, pasakome kodėl.
complaints-step-4 = Jei vis dar esate nepatenkinti, skundą dar kartą peržiūri vyresnysis vadovas.
complaints-outside-heading = Jei vis dar esate nepatenkinti
complaints-outside-text = Jei vis dar esate nepatenkinti, galite paprašyti, kad jūsų skundą peržiūrėtų West Midlands policijos ir nusikalstamumo komisaro (Police and Crime Commissioner) biuras. Komisaras – tai žmonių išrinktas asmuo, kuris prižiūri policijos darbą West Midlands regione. Komisaras moka už mūsų paslaugą. Pateiksime jums biuro kontaktus. Jei jūsų skundas susijęs su jūsų asmens duomenimis, taip pat galite kreiptis į ICO.
complaints-help-heading = Pagalba pateikiant skundą
complaints-help-text = Skundą už jus gali pateikti draugas, šeimos narys ar atstovas. Galime jums surasti vertėją.
complaints-funder-text = Paslaugą { $service } apmoka West Midlands policijos ir nusikalstamumo komisaras. Todėl jo biuras gali peržiūrėti jūsų skundą, jei mes negalime padėties ištaisyti.

## Contact us

contact-title = Susisiekite su mumis
contact-intro = Pasikalbėkite su mumis apie atkuriamąjį teisingumą, užduokite klausimą arba pradėkite kreipimąsi. Tai nemokama ir konfidencialu.
contact-start-heading = Kiti būdai pradėti
contact-refer-link = Kreipkitės patys arba nukreipkite kitą žmogų internetu
contact-call-back-link = Paprašykite, kad jums paskambintume
contact-relay-heading = Jei negirdite arba jums sunku girdėti ar kalbėti
contact-relay-text = Galite mums skambinti per Relay UK. Surinkite 18001, tada mūsų numerį, iš teksto telefono arba Relay UK programėlės.
contact-bsl-text = Jei naudojate britų gestų kalbą (British Sign Language, BSL), galite mums skambinti per BSL vaizdo vertimo paslaugą. Vertėjas prisijungia prie vaizdo skambučio ir kalba su mumis už jus. Susitikimams taip pat galime nemokamai užsakyti BSL vertėją.
contact-language-heading = Kitos kalbos
contact-language-text = Galime jums nemokamai surasti vertėją. Paskambinkite mums ir pasakykite, kokia jūsų kalba. Mes jums perskambinsime su vertėju.

## Leaflet

leaflet-title = Lankstinukas spausdinti
leaflet-print-note = Tai mūsų vieno puslapio lankstinukas. Norėdami jį išspausdinti ant A4 popieriaus, naudokite naršyklės parinktį „Spausdinti“.
leaflet-heading = Nukentėjote nuo nusikaltimo? Jūsų balsas gali būti išgirstas.
leaflet-what = Atkuriamasis teisingumas padeda nuo nusikaltimo nukentėjusiems žmonėms pasikalbėti su žalą padariusiu žmogumi arba perduoti jam žinutę. Apmokytas tarpininkas rūpinasi, kad tai būtų saugu.
leaflet-facts-heading = Svarbiausi faktai
leaflet-fact-any = Bet koks nusikaltimas, bet kada. Jums nebūtina būti pranešus policijai.
leaflet-fact-interpreter = Galime jums nemokamai surasti vertėją.
leaflet-contact-heading = Susisiekite
leaflet-qr = Nuskenuokite šį kodą telefono kamera, kad atidarytumėte mūsų svetainę.

## Something went wrong (500)

server-error-title = Atsiprašome, kažkas nepavyko
server-error-text = Mūsų pusėje kilo problema. Pabandykite dar kartą po kelių minučių. Jei tai kartojasi, skambinkite mums { $phone }.
server-error-home-link = Eiti į pagrindinį puslapį

## Added with the journeys

contact-withdraw-heading = Atšaukite savo kreipimąsi
contact-withdraw-text = Galite sustoti bet kada. Jums nereikia aiškinti kodėl.
contact-withdraw-link = Paprašykite atšaukti kreipimąsi
online-autofill-heading = Kai naršyklė pati užpildo formą už jus
online-autofill-text = Mūsų forma leidžia naršyklei už jus įrašyti jūsų vardą, telefono numerį ir el. pašto adresą. Tai taupo laiką. Bet naršyklė gali juos po to prisiminti.
online-autofill-off = Jei jūsų įrenginiu naudojasi kas nors kitas, naudokite privatų naršymą arba išjunkite automatinį pildymą naršyklės nustatymuose. Prašome naršyklės neužpildyti ir neprisiminti to, ką rašote apie tai, kas įvyko.
