# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = Markii ugu dambaysay ee wax laga beddelay:
hours-text = Waxaan furan nahay Isniinta ilaa Jimcaha, { $opens } ilaa { $closes }. Haddii aad u baahato, waxaan kula kulmi karnaa fiidkii ama dhammaadka toddobaadka.
read-next = Akhri tan xigta
about-nav-label = Ku saabsan caddaaladda dib-u-hagaajinta

## Home page

home-summary = Waxaan caawinnaa dadka dembi dhibaateeyay, si ay ula hadlaan qofkii dhibka geystay, ama fariin ugu diraan. Hage tababaran ayaa hubiya in wax walba ammaan yihiin, dembigu wuxuu doono ha ahaadee, goor kasta oo uu dhacayna ha ahaadee.
home-ways-heading = Sida loo bilaabo
home-way-refer = Codsi noo soo dir, adiga ama qof kale
home-way-refer-text = Online uga jawaab dhowr su'aalood oo gaagaaban. Waad joojin kartaa wakhti kasta.
home-way-call = Naga codso inaan ku soo wacno
home-way-call-text = Noo sheeg goorta ay ammaan tahay in lagu soo waco, annaguna waan ku soo wici doonnaa.
home-way-read = Wax badan ka akhri caddaaladda dib-u-hagaajinta
home-way-read-text = Ogow waxa ay tahay, sida ay u shaqayso iyo cidda ka qayb qaadan karta.
home-more-heading = Wax badan ogow

## What is restorative justice

what-title = Waa maxay caddaaladda dib-u-hagaajinta (restorative justice)?
what-intro = Caddaaladda dib-u-hagaajintu waxay dadka dembi dhibaateeyay siisaa hab ammaan ah oo ay kula hadli karaan qofkii dhibka geystay.
what-idea-heading = Fikradda
what-idea-1 = Dembigu dadka wuu dhibaa. Inta badan, qofka la dhibay wuxuu qabaa su'aalo uu qofka kale oo keliya ka jawaabi karo. Maxaa aniga la ii doortay? Ma la qorsheeyay? Mar kale ma dhici doontaa?
what-idea-2 = Caddaaladda dib-u-hagaajintu waxay kuu oggolaanaysaa inaad su'aalahaas weydiiso. Waxaad kaloo sheegi kartaa sida dembigu noloshaada u beddelay. Qofka dhibka geystay waa inuu dhegaysto, oo uu wajaho waxa uu sameeyay.
what-idea-3 = Hage tababaran, oo la yiraahdo facilitator, ayaa hawsha oo dhan maamula. Dhinacna ma raaco. Shaqadiisu waa inuu qof walba ammaan ku hayo, oo uu hubiyo in qof walba la dhegaysto.
what-meeting-heading = Sida uu kulanku yahay
what-meeting-1 = Kulanka mararka qaarkood waxaa la yiraahdaa shir (conference). Waxaad la kulantaa qofkii dhibka geystay, iyadoo hagahu qolka idinla joogo.
what-meeting-l1 = Wuxuu ka dhacaa meel ammaan ah oo kugu habboon.
what-meeting-l2 = Waxaad la iman kartaa saaxiib ama qof qoyskaaga ka mid ah, si uu kuu taageero.
what-meeting-l3 = Marka hore, qof walba wuxuu oggolaadaa xeerarka, sida in qof walba markiisa hadlo.
what-meeting-l4 = Waxaad qaadan kartaa nasasho, ama waad joojin kartaa, wakhti kasta.
what-indirect-heading = Haddii aadan rabin inaad la kulanto
what-indirect-1 = Waajib kuma aha inaad fool ka fool u kulantaan. Siyaabo kale ayaad weli ku wada hadli kartaan:
what-indirect-l1 = Hagaha ayaa fariimaha idiin kala qaadi kara. Tan mararka qaarkood waxaa la yiraahdaa shuttle mediation.
what-indirect-l2 = Waxaad qori kartaa warqad, ama warqad ayaad ka heli kartaa qofka kale.
what-indirect-l3 = Waxaad duubi kartaa fariin, muuqaal ahaan ama cod keliya.
what-indirect-2 = Dad badan waxay ku bilaabaan warqad ama fariimo. Qaar ayaa goor dambe go'aansada inay kulmaan. Qaar kale ma kulmaan, taasina waa caadi.
what-agreement-heading = Waa maxay heshiiska natiijada (outcome agreement)
what-agreement-1 = Dhammaadka kulanka, dadku waxay ku heshiin karaan waxa xiga. Tusaale ahaan, qofka dhibka geystay wuxuu oggolaan karaa inuu raalli-gelin qoraal ah bixiyo, inuu hagaajiyo waxa uu burburiyay, ama inuu caawimaad ka helo khamriga ama daroogada.
what-agreement-2 = Qorshahan waa la qoraa. Waxaa la yiraahdaa heshiiska natiijada. Qof walba waa inuu oggolaado. Goor dambe waxaan hubinnaa in ballamaha la oofiyay, waxaanan kuu sheegnaa sida ay wax u dhaceen.
what-funder-heading = Cidda bixisa lacagta adeeggan
what-funder-text = Lacagta { $service } waxaa bixiya West Midlands Police and Crime Commissioner (qofka la doortay ee kormeera booliska West Midlands). Commissioner-ka waxaa doorta dadweynaha. Shaqadiisa qayb ka mid ah waa inuu lacag u bixiyo caawimaadda dadka dembi dhibaateeyay.

## How it works

how-title = Sida ay u shaqayso, tallaabo tallaabo
how-intro = Halkan waxaad ka arki kartaa waxa dhaca laga bilaabo maalinta aad nala soo xiriirto. Tallaabo kasta waad ku joojin kartaa. Keliya noo sheeg.
how-s1-heading = Tallaabada 1: Adiga ayaa nala soo xiriira
how-s1-text = Buuxi foomkayaga, naga codso inaan ku soo wacno, na soo wac ama iimayl noo soo dir. Qof kale ayaa kuu soo gudbin kara, haddii aad oggolaato. Shardi ma aha inaad booliska u sheegtay dembiga.
how-s2-heading = Tallaabada 2: Annaga ayaa kula soo xiriirna
how-s2-text = Waxaan kula soo xiriiri doonnaa 5 maalmood oo shaqo gudahood. Waxaan kuu soo wacnaa ama kuu soo qornaa oo keliya habka aad noo sheegtay inuu ammaan yahay. Waxaan kuu sharraxnaa waxa aan ku siin karno, waxaanan ka jawaabnaa su'aalahaaga. Cidina kuguma cadaadinayso inaad sii wadato.
how-s3-heading = Tallaabada 3: Waan wada diyaar garownaa
how-s3-text = Hage ayaa kula kulma, inta badan in ka badan hal mar. Wuxuu ku weydiiyaa waxa aad rajaynayso iyo waxa ku welwelinaya. Wuxuu kaloo la kulmaa qofka kale, si uu u hubiyo inuu diyaar u yahay inuu si daacad ah uga qayb qaato.
how-s3-safety = Ka hor inta aan wax la bilaabin, hagaha ayaa hubiya inay ammaan tahay. Tan waxaa la yiraahdaa qiimaynta khatarta. Haddii aysan ammaan ahayn, lama sii wado.
how-s3-time = Diyaargarowgu wuxuu qaadan karaa dhowr toddobaad. Mararka qaarkood wuxuu qaataa dhowr bilood. Waxaan la soconnaa xawaarahaaga.
how-s4-heading = Tallaabada 4: Kulanka, ama fariimaha
how-s4-text = Marka qof walba diyaar yahay, waxaad la kulantaa qofka kale, iyadoo hagahu idinla joogo. Ama, haddii aad doorbidayso, waxaad bedelkeeda dirtaa fariimo, warqado ama cod la duubay. Adiga ayaa dooranaya.
how-s5-heading = Tallaabada 5: Kadib
how-s5-text = Hagahu wuu kula sii xiriiraa kulanka ama fariimaha kadib. Haddii heshiis la gaaray, waxaan hubinnaa in la oofiyo. Waxaan kaloo kugu xiriirin karnaa taageero kale.
how-stop-heading = Waad joojin kartaa wakhti kasta
how-stop-text = Tallaabo kasta waad beddeli kartaa go'aankaaga, xitaa maalinta kulanka. Uma baahnid inaad sabab sheegto. Joojintu saamayn kuma yeelanayso dacwad maxkamadeed ama caawimaad kale oo aad hesho.
how-long-heading = Inta ay qaadanayso
how-long-l1 = Xiriirka koowaad: 5 maalmood oo shaqo gudahood.
how-long-l2 = Diyaargarowga: inta badan dhowr toddobaad, mararka qaarkood dhowr bilood.
how-long-l3 = Kulanka: inta badan saacad ama laba saacadood.
how-long-l4 = Xiriirka kadib: inta aad u baahan tahay.

## Who can take part

who-title = Cidda ka qayb qaadan karta
who-intro = Caddaaladda dib-u-hagaajintu (restorative justice) waxay u furan tahay qof kasta oo dembi dhibaateeyay, iyo dadka dhibka geystay.
who-harmed-heading = Dadka dembi dhibaateeyay
who-harmed-text = Waad ka qayb qaadan kartaa haddii dembi ku dhibaateeyay. Qoyskaaga ayaa sidoo kale ka qayb qaadan kara, sida lammaanahaaga, waalid ama ilmo.
who-bereaved-text = Haddii qof aad jeceshahay uu dembi awgiis u dhintay, waad ka qayb qaadan kartaa. Tan waxaa ku jira lammaanayaasha, waalidiinta, carruurta iyo walaalaha.
who-caused-heading = Dadka dhibka geystay
who-caused-text = Haddii aad dhib geysatay, waxaad na weydiin kartaa wax ku saabsan caddaaladda dib-u-hagaajinta. Waxay dhici kartaa oo keliya haddii qofka aad dhibtay uu yiraahdo haa. Annaga ayaa weydiinna, jawaabtiisana waan ixtiraamnaa.
who-young-heading = Dhallinyarada
who-young-text = Dadka ka yar 18 sano waa ka qayb qaadan karaan. Uma baahnid in qof weyn kuu oggolaado, laakiin waxaan hubin doonnaa inaad taageero haysato. Haddii qofka dhibka geystay uu ka yar yahay 18 sano, waxaan la shaqaynaa Youth Offending Team-ka deegaanka (kooxda dawladda hoose ee la shaqaysa dhallinyarada ka yar 18 sano ee sharciga jebiyay).
who-crime-heading = Dembi kasta, wakhti kasta
who-crime-l1 = Nooc kasta oo dembi ah. Kiisaska qaarkood waxay u baahan yihiin shaqaale tababar dheeraad ah leh: rabshad culus ama mid galmo, xadgudubka qoyska dhexdiisa ah, dembiyada nacaybka, iyo kiisaska uu qof nugul yahay ama mar kale la dhibi karo.
who-crime-l2 = Heer kasta: ka hor, inta lagu jiro ama kadib dacwad maxkamadeed.
who-crime-l3 = Xad wakhti ma jiro. Dembigu wuxuu dhici karay sannado ka hor.
who-crime-l4 = Shardi ma aha inaad booliska u sheegtay.
who-everyone-heading = Qof kasta oo aad tahay
who-everyone-text = Waxaan caawinnaa dadka ka yimid waddan kasta, iyadoon loo eegin xaqa ay u leeyihiin inay halkan ku noolaadaan. Qof walba si caddaalad ah ayaan ula dhaqannaa. Tallaabo kasta waxaan kuu heli karnaa turjumaan bilaash ah.
who-area-heading = Halka aan ka shaqayno
who-area-text = Waxaan ka shaqaynaa Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall iyo Wolverhampton. Haddii aad meel kale ku nooshahay, weli nala soo xiriir. Waxaan kaa caawin doonnaa inaad hesho adeegga saxda ah.
who-not-heading = Marka laga yaabo inaanan ahayn adeegga saxda ah
who-not-text = Haddii aad dhib kala kulantay deris oo aan dembi dhicin, dawladda hoose ama cidda guriga kuu maamusha ayaa laga yaabaa inay kaa caawiyaan xallintiisa. Waxaan kuu sheegi karnaa cidda aad weydiinayso.

## Is it safe?

safe-title = Ma ammaan baa?
safe-intro = Ammaankaaga ayaa ka horreeya wax walba, tallaabo kasta. Halkan waxaad ka arki kartaa sida aan kuu ilaalinno.
safe-choice-heading = Go'aanku waa kaaga
safe-choice-text = Ka qayb qaadashadu waa go'aankaaga. Qofna kuma qasbi karo. Waxaad dhihi kartaa maya, ama waad joojin kartaa wakhti kasta, uma baahnidna inaad sheegto sababta.
safe-check-heading = Marka hore waxaan hubinnaa inay ammaan tahay
safe-check-text = Ka hor inta aan cidi kulmin, hagaha ayaa si taxaddar leh u qiimeeya khatarta. Wuxuu la hadlaa qof walba. Wuxuu eegaa waxa dhacay, iyo in qof mar kale la dhibi karo iyo in kale.
safe-staff-heading = Shaqaale tababaran
safe-staff-text = Hagayaashayadu waxay ku tababaran yihiin caddaaladda dib-u-hagaajinta. Kiisaska qaarkood waxay u baahan yihiin shaqaale tababar dheeraad ah leh. Waxaa ka mid ah rabshadda culus ama tan galmada, xadgudubka qoyska dhexdiisa ah iyo dembiyada nacaybka. Waxaa kaloo ka mid ah kiisaska uu qof nugul yahay, mar kale la dhibi karo, ama uu dhibku muddo dheer socday.
safe-support-heading = Taageero ka hor, inta lagu jiro iyo kadib
safe-support-l1 = Ka hor: hagaha ayaa kaa caawiya inaad diyaar garowdo, wuxuuna tallaabo kasta kula qorsheeyaa.
safe-support-l2 = Inta lagu jiro: waxaad la iman kartaa qof ku taageera, waxaad qaadan kartaa nasasho, ama waad joojin kartaa.
safe-support-l3 = Kadib: waan kula sii xiriirnaa, waxaanan kugu xiriirin karnaa caawimaad kale.
safe-not-heading = Haddii aysan habboonayn in la sii wado
safe-not-text = Mararka qaarkood waxaan go'aansannaa inaysan ammaan ahayn, ama aysan habboonayn, in la sii wado. Haddii ay sidaas dhacdo, si naxariis leh ayaan kuugu sheegi doonnaa, waxaanan kuu sharrixi doonnaa sababta, inta aan awoodno. Waxaan kaa caawin doonnaa inaad hesho taageero kale.
safe-private-heading = Xogtaadu way qarsoon tahay
safe-private-text = Weligeen qofka kale ma siinno cinwaankaaga ama lambarka telefoonkaaga. Waxaan u gudbinnaa oo keliya waxa aad noo oggolaato, marka laga reebo haddii qof khatar ku jiro.

## Myths and facts

myths-title = Fikradaha khaldan iyo xaqiiqada
myths-intro = Dad badan ayaa fikrad khaldan ka haysta caddaaladda dib-u-hagaajinta (restorative justice). Halkan waxaa ku qoran fikrado khaldan oo badanaa la maqlo, iyo xaqiiqada.
myths-soft-q = Fikrad khaldan: waa jid fudud oo ciqaabta looga baxsado.
myths-soft-a = Xaqiiqo: maaha. Way adag tahay in qofku wajaho qofkii uu dhibay. Dad badan oo dhib geystay waxay u arkaan inay ka adag tahay maxkamad u tagidda.
myths-forgive-q = Fikrad khaldan: waa inaad cafisaa.
myths-forgive-a = Xaqiiqo: waajib kuma aha inaad qofna cafiso. Waxaad sheegi kartaa sida aad dhab ahaan u dareemayso, si ammaan ah.
myths-court-q = Fikrad khaldan: waxay beddeshaa dacwadda maxkamadda.
myths-court-a = Xaqiiqo: waxay la socotaa booliska iyo maxkamadaha, mana beddesho. Waxay dhici kartaa ka hor, inta lagu jiro, ama kadib dacwad maxkamadeed.
myths-minor-q = Fikrad khaldan: waxay u taal oo keliya dembiyada yaryar.
myths-minor-a = Xaqiiqo: waxay caawin kartaa dembi kasta kadib, xitaa kuwa aadka u culus. Dembiyada culus, iyo marka qof nugul yahay ama khatar ku jiro, waxaan isticmaalnaa shaqaale tababar dheeraad ah leh, waxaanan qaadnaa taxaddar dheeraad ah.
myths-meet-q = Fikrad khaldan: waa inaad fool ka fool u kulantaan.
myths-meet-a = Xaqiiqo: maaha. Bedelkeeda waxaad diri kartaa fariimo, warqad ama cod la duubay.
myths-offender-q = Fikrad khaldan: waxay inta badan u taal in la caawiyo qofkii falka sameeyay.
myths-offender-a = Xaqiiqo: waxay inta badan u taal qofkii la dhibay. Waxay ku socotaa xawaaraha qofkaas, waxayna dhacdaa oo keliya haddii uu qofkaasi rabo.
myths-late-q = Fikrad khaldan: waa goor dambe haddii dembigu waa hore dhacay.
myths-late-a = Xaqiiqo: xad wakhti ma jiro. Dadka qaarkood waxay ka qayb qaataan sannado badan dembiga kadib.
myths-cost-q = Fikrad khaldan: waa inaad lacag bixisaa.
myths-cost-a = Xaqiiqo: waa bilaash.

## If you caused harm

harm-title = Haddii aad dhib geysatay
harm-intro = Haddii aad qof ku dhibtay dembi, caddaaladda dib-u-hagaajintu (restorative justice) waxay kaa caawin kartaa inaad wajahdo waxa aad samaysay, oo aad isku daydo inaad wax hagaajiso.
harm-what-heading = Waxa ay ku siin karto
harm-what-text = Waxaad maqli kartaa sida falalkaagu u saameeyeen qofka kale. Waxaad ka jawaabi kartaa su'aalihiisa, waxaadna raalli-gelin bixin kartaa haddii aad dhab ka tahay. Dad badan ayaa sheega in tani ka caawisay inay hore u socdaan oo ay dhibaato ka fogaadaan.
harm-expect-heading = Waxa aad filan karto
harm-expect-l1 = Marka hore hage ayaa kula kulma, laga yaabee dhowr jeer, si uu kaaga caawiyo inaad diyaar garowdo.
harm-expect-l2 = Wuxuu hubiyaa inaad aqbashay in waxa aad samaysay ay khalad ahaayeen. Uma baahnid inaad haysato erayada saxda ah oo dhan.
harm-expect-l3 = Haddii qofka kale yiraahdo haa, waxaa laga yaabaa inaad la kulanto, warqad u qorto, ama fariimo isweydaarsataan.
harm-expect-l4 = Waxaad la iman kartaa qof ku taageera. Waad joojin kartaa wakhti kasta.
harm-limits-heading = Waxa aan la ballan qaadi karin
harm-limits-l1 = Maaha hab lagu helo xukun fudud. Waxay dhici kartaa ka hor xukunka, maxkamaduna way sugi kartaa si ay u dhacdo. Laakiin wax ballan ah kama qaadi karno maxkamadda, xabsiga ama probation-ka (kormeerka la saaro qofka xukunka kadib).
harm-limits-l2 = Qofka kale wuxuu dhihi karaa maya. Taasi waa xaqiisa, mana ku siin doonno xogtiisa.
harm-limits-l3 = Waxay ku saabsan tahay qofka aad dhibtay. Waxay dhacdaa oo keliya haddii ay isaga u wanaagsan tahay.
harm-limits-text = Haddii uu yiraahdo maya, si naxariis leh ayaan kuugu sheegi doonnaa. Waxaan kala hadli karnaa waxyaabo kale oo ku caawin kara.
harm-start-heading = Sida loo bilaabo
harm-start-text = Adigu nala soo xiriir, ama ka codso sarkaalkaaga probation-ka, shaqaalaha dhallinyarada ama shaqaalaha xabsiga inay ku soo gudbiyaan. Marka hore waan kaala hadli doonnaa arrinta.
harm-start-link = Bilow codsi

## For professionals

pro-title = Loogu talagalay xirfadlayaasha
pro-intro = Boggan waxaa loogu talagalay booliska, probation-ka, adeegyada dhibbanayaasha, youth offending teams (kooxaha dawladda hoose ee la shaqeeya dhallinyarada sharciga jebisay), xabsiyada iyo shaqaale kale oo doonaya inay qof noo soo gudbiyaan.
pro-who-heading = Cidda qof soo gudbin karta
pro-who-text = Shaqaale kasta wuxuu noo soo gudbin karaa qof dembi dhibaateeyay, ama qof dhib geystay. Tan waxaa ku jira booliska, probation-ka, daryeelka dhibbanayaasha, youth offending teams, kooxaha badbaadada bulshada, xabsiyada, caafimaadka, guryaynta iyo hay'adaha samafalka.
pro-consent-heading = Marka hore weydii
pro-consent-text = Marka hore qofka weydii. U sharrax waxa ay tahay caddaaladda dib-u-hagaajintu, una sheeg inaan la soo xiriiri doonno. Haddii aad tahay sarkaal boolis ah oo aadan weli qofka weydiin, weli waad noo soo gudbin kartaa. Isticmaal foomka ama nagu soo wac { $phone }. Marka hore waxaan la xiriiri doonnaa qofka, waxaanan weydiin doonnaa haddii uu rabo caawimaaddayada.
pro-how-heading = Sida qof loo soo gudbiyo
pro-how-text = Isticmaal isla foomka online-ka ah ee dadweynuhu isticmaalo. Bilowga, dooro inaad qof kale u soo gudbinayso. Waxaad kaloo nagu soo wici kartaa { $phone } ama iimayl noogu soo diri kartaa { $email }.
pro-how-link = Qof noo soo gudbi
pro-info-heading = Waxa na caawiya
pro-info-l1 = Sida iyo goorta aan qofka si ammaan ah ula xiriiri karno.
pro-info-l2 = Baahi kasta oo la xiriirta luqadda, turjumaanka ama naafanimada.
pro-info-l3 = Waxa dhacay, iyo lambarka dembiga (crime number) haddii uu jiro.
pro-info-l4 = Halka uu kiisku hadda marayo: tusaale ahaan, wuxuu sugayaa maxkamad, ama xukunka waa la riday.
pro-info-l5 = Khatar kasta oo ay tahay inaan ogaanno, sida xadgudubka qoyska dhexdiisa ah ama hanjabaad.
pro-info-l6 = Xogta qofka kale, haddii aad taqaanno.
pro-after-heading = Waxa aan kuu sheegno kadib
pro-after-text = Waxaan kuu sheegi doonnaa marka aan la xiriirno qofka, iyo sida uu kiisku u socdo. Ma wadaagno waxa dadku si gaar ah noogu sheegaan, marka laga reebo haddii ay oggolaadaan ama qof khatar ku jiro.
pro-young-heading = Dhallinyarada dhibka geystay
pro-young-text = Haddii qofka dhibka geystay uu ka yar yahay 18 sano, marka hore waxaan la hadalnaa Youth Offending Team-ka deegaanka. Inta badan iyaga ayaa dhallinyarada u qabta caddaaladda dib-u-hagaajinta.
pro-leaflet-heading = Warqadaha macluumaadka
pro-leaflet-text = Waxaad daabici kartaa warqaddayada macluumaadka ee hal bogga ah, luqad kasta oo aan leenahay, si aad dadka u siiso ama gidaar ugu dhejiso.

## What the evidence says

evidence-title = Waxa cilmi-baaristu sheegayso
evidence-intro = Caddaaladda dib-u-hagaajinta (restorative justice) si taxaddar leh ayaa loogu sameeyay cilmi-baaris England iyo Wales. Halkan waxaa ku qoran waxa cilmi-baaristu ogaatay.
evidence-satisfied-heading = Dhibbanayaasha intooda badan way ku faraxsan yihiin inay ka qayb qaateen
evidence-satisfied-text = Cilmi-baaris loo sameeyay Ministry of Justice (Wasaaradda Caddaaladda ee UK) ayaa su'aalo weydiisay dhibbanayaal kula kulmay qofkii dhibay kulan la yiraahdo shir (conference). 85% waxay sheegeen inay ku qanceen.
evidence-crime-heading = Dembiyo ka yar kadib
evidence-crime-text = Isla cilmi-baaristaas ayaa ogaatay in dadkii dhibka geystay ee ka qayb qaatay ay kadib galeen dembiyo ku dhawaad 14% ka yar kuwa ay galeen dad la mid ah oo aan ka qayb qaadan.
evidence-aware-heading = Dad yar ayaa ka warqaba
evidence-aware-text = Sannadkii 2016, dadkii sahan lagu weydiiyay 28% oo keliya ayaa maqlay caddaaladda dib-u-hagaajinta. Inta badan dadkii la weydiiyay waxay sheegeen in dhibbanayaashu xaq u yeeshaan inay la kulmaan qofkii dhibay.
evidence-limits = Cilmi-baaristu waxay muujisaa waxa dhaca celcelis ahaan. Kuuma sheegi karto waxa adiga kuu dhici doona.
evidence-sources-heading = Halka ay tirooyinkani ka yimaadeen
evidence-src-1 = Joanna Shapland iyo kuwo kale, cilmi-baaris loo sameeyay Ministry of Justice oo ku saabsan saddex barnaamij oo caddaaladda dib-u-hagaajinta ah (2007 iyo 2008).
evidence-src-2 = West Midlands Police and Crime Commissioner, ogeysiiska go'aanka 009/2015, oo isticmaala isla tirooyinkaas.
evidence-src-3 = Sahan ay Ipsos MORI u samaysay Restorative Justice Council (2016).

## Other support

support-title = Taageero kale
support-intro = Adeegyo kale ayaa sidoo kale ku caawin kara. Ka qayb qaadashada caddaaladda dib-u-hagaajinta weligeed kaama celinayso inaad adeegyadaas isticmaasho.
support-police-heading = Booliska
support-police-999 = Xaalad degdeg ah, wac 999.
support-police-55 = Haddii aadan hadli karin, 999 ka wac telefoonka gacanta, kadibna riix 55 marka lagu weydiiyo. Tan waxaa la yiraahdaa Silent Solution.
support-police-101 = Si aad u soo sheegto dembi aan degdeg ahayn, wac 101.
support-victims-heading = Caawimaadda dhibbanayaasha
support-vs-text = Victim Support waxay caawimaad bilaash ah siisaa qof kasta oo dembi saameeyay, xitaa haddii aan la soo sheegin. Bilaash ugu wac 08 08 16 89 111.
support-abuse-heading = Xadgudubka qoyska dhexdiisa ah iyo rabshadda galmada
support-da-text = National Domestic Abuse Helpline (khadka caawimaadda qaranka ee xadgudubka qoyska dhexdiisa ah) waa bilaash, waana furan yahay habeen iyo maalin: 0808 2000 247.
support-rc-text = Rape Crisis waxay caawisaa dadka la kufsaday ama xadgudub galmo loo geystay, wakhti kasta oo ka soo wareegay ha ahaadee. Websaydhkooda waxaa ku qoran siyaabaha loola xiriiro.
support-feelings-heading = Haddii aad niyad jabsan tahay ama aad rabto inaad qof la hadasho
support-sam-text = Samaritans way ku dhegaysan doonaan, wakhti kasta oo habeen iyo maalin ah. Bilaash ugu wac 116 123.
support-young-heading = Dhallinyarada
support-yot-text = Dawlad hoose kasta waxay leedahay Youth Offending Team. Kooxdani waxay la shaqaysaa dhallinyarada ka yar 18 sano ee dhib kala kulmay sharciga, inta badanna waxay u qabataa caddaaladda dib-u-hagaajinta. Dawladda hoose ee deegaankaaga ayaa kugu xiriirin karta.
support-elsewhere-heading = Haddii aad ku nooshahay meel ka baxsan West Midlands
support-elsewhere-text = Adeegyo caddaaladda dib-u-hagaajinta ah ayaa laga helaa England iyo Wales oo dhan. Restorative Justice Council ayaa liiskooda haya. Police and Crime Commissioner-ka deegaankaaga (qofka la doortay ee kormeera booliska deegaanka) ayaa sidoo kale kuu sheegi kara cidda adeeg noocan ah ka haysa meel kuu dhow.
support-links-heading = Websaydhyo
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

online-title = Ammaankaaga internetka
online-intro = Haddii qof hubiyo telefoonkaaga ama kombiyuutarkaaga, wuxuu arki karaa inaad soo gashay websaydhkan. Halkan waxaa ku qoran siyaabo aad isku ilaalin karto.
online-exit-heading = Waxa uu qabto badhanka ka bixitaanku
online-exit-does = Badhanka "{ quick-exit }" wuxuu isla markiiba kuu gudbiyaa websaydh ku saabsan cimilada. Waxaad kaloo 3 jeer riixi kartaa furaha Shift. Wuxuu tirtiraa jawaab kasta oo aad ku bilowday foomkayaga, wuxuuna ka saaraa cookie-gayaga.
online-exit-doesnt = Ma tirtiro taariikhda (history) browser-kaaga. Qof ayaa weli arki kara inaad halkan timid. Sidaas darteed fadlan akhri talooyinka hoose.
online-private-heading = Isticmaal daaqad gaar ah (private browsing)
online-private-text = Daaqad gaar ah gudaheeda, browser-kaagu ma kaydiyo liiska boggaga aad booqato. Mid fur ka hor intaadan noo soo gelin:
online-private-chrome = Chrome: fur menu-ga oo dooro "New Incognito window".
online-private-edge = Edge: fur menu-ga oo dooro "New InPrivate window".
online-private-firefox = Firefox: fur menu-ga oo dooro "New private window".
online-private-safari = Safari: fur menu-ga "File" oo dooro "New Private Window".
online-history-heading = Tirtir taariikhda (history)
online-history-text = Haddii aadan isticmaalin daaqad gaar ah, websaydhkan waad ka tirtiri kartaa taariikhdaada.
online-history-windows = Kombiyuutar Windows ah, gudaha Chrome, Edge ama Firefox: isku mar riix Ctrl, Shift iyo Delete. Kadib dooro waxa aad tirtirayso.
online-history-mac = Mac, gudaha Safari: fur menu-ga "History" oo dooro "Clear History".
online-history-iphone = iPhone: fur "Settings", kadib Safari, kadib "Clear History and Website Data".
online-history-android = Telefoon Android ah, gudaha Chrome: taabo saddexda dhibcood, kadib "History", kadib "Delete browsing data".
online-history-care = Haddii aad tirtirto taariikhda oo dhan, qofka hubiya ayaa laga yaabaa inuu dareemo. Waxaa laga yaabaa inaad doorbiddo inaad tirtirto oo keliya boggaga websaydhkan.
online-device-heading = Isticmaal qalab ka ammaan badan
online-device-text = Habka ugu ammaansan waa inaad isticmaasho telefoon ama kombiyuutar uusan qofka kale gaari karin. Tusaale ahaan, telefoonka saaxiib, kombiyuutar shaqada ah, ama mid maktabadda yaal.
online-other-heading = Waxyaabo kale oo la hubiyo
online-other-l1 = Iimaylada iyo fariimaha qoraalka: tirtir kuwa naga yimid ee aadan rabin in la arko. Kadib faaruqi meesha waxyaabaha la tirtiray (deleted items).
online-other-l2 = Akoonno la wadaago: haddii aad qof la wadaagto akoon Google, Apple ama Microsoft, taariikhdaadu waxay ka muuqan kartaa qalab kale.
online-other-l3 = Wicitaannada telefoonka: lambarkayagu wuxuu ka muuqan karaa liiska wicitaannadaada. Waad tirtiri kartaa.
online-other-l4 = Haddii aad u malaynayso in qof telefoonkaaga ku rakibay barnaamij basaasid ah, isticmaal telefoon kale si aad nala soo xiriirto ama booliska ula xiriirto.

## Questions people ask

faq-title = Su'aalaha dadku weydiiyaan
faq-intro = Jawaabo gaagaaban oo ku saabsan su'aalaha badanaa la weydiiyo. Intooda badan waxay leeyihiin xiriiriye (link) u gudbinaya bog faahfaahin dheeraad ah leh.
faq-what-q = Waa maxay caddaaladda dib-u-hagaajinta (restorative justice)?
faq-what-a = Waa hab ammaan ah oo dadka dembi dhibaateeyay ay kula hadli karaan qofkii dhibka geystay, iyadoo hage tababaran la joogo.
faq-cost-q = Lacag ma lagu bixiyaa?
faq-cost-a = Maya. Waa bilaash.
faq-police-q = Ma waajib baa inaan booliska u sheegay?
faq-police-a = Maya. Waad noo iman kartaa, haddii dembiga booliska loo sheegay iyo haddii kaleba.
faq-meet-q = Ma waajib baa inaan la kulmo qofkii i dhibay?
faq-meet-a = Maya. Bedelkeeda waxaad diri kartaa fariimo, warqad ama cod la duubay. Ama waxaad go'aansan kartaa inaadan gabi ahaanba sii wadin.
faq-stop-q = Ma beddeli karaa go'aankayga?
faq-stop-a = Haa, wakhti kasta, xitaa maalinta kulanka. Uma baahnid inaad sabab sheegto.
faq-safe-q = Sidee baad ammaankayga u ilaalisaan?
faq-safe-a = Hage tababaran ayaa hubiya inay ammaan tahay, ka hor inta aan wax la bilaabin. Haddii aysan ammaan ahayn, ma dhacayso.
faq-long-q = Intee in le'eg ayay qaadanaysaa?
faq-long-a = Waxaan kula soo xiriirnaa 5 maalmood oo shaqo gudahood. Diyaargarowgu inta badan wuxuu qaataa dhowr toddobaad. Wuu ka badan karaa, waxaanan la soconnaa xawaarahaaga.
faq-old-q = Dembigu wuxuu dhacay sannado ka hor. Weli ma ka qayb qaadan karaa?
faq-old-a = Haa. Xad wakhti ma jiro.
faq-forgive-q = Ma waajib baa inaan cafiyo?
faq-forgive-a = Maya. Waxaad sheegi kartaa sida aad dhab ahaan u dareemayso.
faq-sentence-q = Ma beddeli doontaa xukunka?
faq-sentence-a = Maaha hab lagu helo xukun fudud. Maxkamaddu waxay dib u dhigi kartaa xukunka, si caddaaladda dib-u-hagaajintu u dhacdo marka hore. Laakiin meesha kama saarto maxkamadda, wax ballan ahna kama qaadi karno xukunka.
faq-language-q = Ma heli karaa turjumaan?
faq-language-a = Haa. Tallaabo kasta waxaan kuu heli karnaa turjumaan bilaash ah, oo ay ku jirto British Sign Language (BSL, luqadda calaamadaha ee Ingiriiska).
faq-refer-q = Ma soo gudbin karaa qof kale?
faq-refer-a = Haa, haddii uu oggol yahay. Shaqaalaha sida booliska iyo probation-ka waxay isticmaalaan isla foomkan.
faq-work-q = Wax ma tartaa?
faq-work-a = Cilmi-baaris loo sameeyay Ministry of Justice (Wasaaradda Caddaaladda ee UK) ayaa ogaatay in 85% dhibbanayaashii kula kulmay qofka kale kulan, oo la yiraahdo shir (conference), ay ku qanceen.
faq-data-q = Maxaad ku samaysaan xogtayda?
faq-data-a = Waxaan u isticmaalnaa oo keliya inaan adeeggan ku siinno. Si ammaan ah ayaan u haynaa, cid kalena lama wadaagno sabab wanaagsan la'aanteed.
faq-online-q = Qof ma arki karaa inaan booqday websaydhkan?
faq-online-a = Waa laga yaabaa. Boggayaga ku saabsan ammaanka internetka ayaa kuu sheegaya sida aad u qarin karto booqashadaada.
faq-help-q = Meel kale xaggee caawimaad ka heli karaa?
faq-help-a = Adeegyo kale oo badan ayaa ku caawin kara, ka qayb qaadashada halkanna weligeed kaama celinayso inaad isticmaasho.

## Privacy notice

privacy-title = Ogeysiiska xogta gaarka ah
privacy-intro = Ogeysiiskan wuxuu kuu sheegayaa waxa aan ku samayno xogtaada shakhsiga ah, iyo xuquuqdaada. Sharciyada ilaaliya waa UK GDPR iyo Data Protection Act 2018 (sharciyada UK ee ilaalinta xogta).
privacy-who-heading = Cidda mas'uulka ka ah xogtaada
privacy-who-text = { $controller } ayaa mas'uul ka ah xogtaada. Sharcigu wuxuu tan ugu yeeraa data controller (maamulaha xogta). Macnaheedu waa inay go'aamiyaan sida xogtaada loo isticmaalo, waana inay si ammaan ah u ilaaliyaan. Cinwaankoodu waa { $address }.
privacy-ico-text = Lambarkooda ku jira liiska uu hayo Information Commissioner's Office (ICO, hay'adda UK ee kormeerta ilaalinta xogta) waa { $ico }.
privacy-contact-text = Si aad wax uga weydiiso xogtaada, iimayl u dir { $email } ama wac { $phone }.
privacy-collect-heading = Waxa aan ururinno
privacy-collect-l1 = Magacaaga, iyo sida si ammaan ah laguula soo xiriiro.
privacy-collect-l2 = Waxa dhacay, iyo halka ay marayso dacwad maxkamadeed haddii ay jirto.
privacy-collect-l3 = Xogta qofka kale, haddii aad na siiso.
privacy-collect-l4 = Waxa aad naga u baahan tahay, sida turjumaan ama caawimaad socodka ah.
privacy-collect-l5 = Qoraallo ku saabsan wicitaannada iyo kulannada aan kula yeelanno.
privacy-special-text = Qaar ka mid ah xogtan aad bay u gaar tahay. Waxay ku saabsanaan kartaa caafimaadkaaga, isirkaaga, diintaada, noloshaada galmada, ama dembi. Sharcigu wuxuu u yeeraa special category data iyo criminal offence data. Taxaddar dheeraad ah ayaan u qaadnaa.
privacy-why-heading = Sababta aan u isticmaalno
privacy-why-text = Xogtaada waxaan u isticmaalnaa oo keliya inaan kuu fidino caddaaladda dib-u-hagaajinta. Taas macnaheedu waa inaan kula soo xiriirno, hubinno inay ammaan tahay, diyaarinno kulan ama fariimo, oo kula sii xiriirno kadib. Waxaan kaloo tirinnaa kiisaskayaga, iyadoo magacyada laga saaray, si aan warbixin uga bixinno shaqadayada.
privacy-basis-heading = Sababaha sharci ee aan haysanno
privacy-basis-text = Sharcigu wuxuu dhigayaa inaan u baahannahay sabab sharci ah oo wanaagsan si aan xogtaada u isticmaalno. Sharcigu wuxuu tan ugu yeeraa lawful basis (saldhig sharci). Kuwayagu waa:
privacy-basis-l1 = Hawl dadweyne: adeeggan waxaan u qabannaa dadweynaha, waxaana lagu bixiyaa lacag dadweyne.
privacy-basis-l2 = Xogta aadka u gaarka ah: oggolaanshahaaga cad, ama sabab dadweyne oo xooggan, sida ilaalinta badbaadada dadka.
privacy-basis-l3 = Danaha nolosha: oo keliya haddii nolosha qof khatar ku jirto.
privacy-share-heading = Cidda aan la wadaagno
privacy-share-text = Weligeen ma iibinno xogtaada. Waxaan la wadaagnaa oo keliya:
privacy-share-l1 = qofka kale ee kiiskaaga, laakiin oo keliya waxa aad noo oggolaato inaan u gudbinno.
privacy-share-l2 = adeeg taageero, haddii aad naga codsato.
privacy-share-l3 = booliska ama cid kale, haddii qof khatar ku jiro, ama ilmo ama qof weyn u baahan yahay in la ilaaliyo.
privacy-share-l4 = qofka ama kooxda ku soo gudbisay. Waxaan u sheegnaa sida ay wax u socdaan, mana u sheegno waxa aad tiri.
privacy-share-l5 = shirkadaha maamula nidaamyadayada kombiyuutarka. Waa inay xogtaada si ammaan ah u ilaaliyaan, oo ay u isticmaalaan oo keliya sida aan u sheegno.
privacy-keep-heading = Muddada aan haynno
privacy-keep-text = Haddii aad bilowdo foomkayaga oo aadan dhammaystirin, jawaabahaaga waxaan tirtirnaa dhowr saacadood gudahood. Qoraallada kiiska waxaan haynaa inta aan u baahannahay oo keliya, kadibna si ammaan ah ayaan u tirtirnaa. Na weydii haddii aad rabto inaad ogaato muddada.
privacy-rights-heading = Xuquuqdaada
privacy-rights-l1 = Waxaad codsan kartaa inaad aragto xogta aan kaa hayno.
privacy-rights-l2 = Waxaad naga codsan kartaa inaan saxno xogta khaldan.
privacy-rights-l3 = Waxaad naga codsan kartaa inaan tirtirno xogtaada. Mararka qaarkood waa inaan haynno, waxaanan kuu sheegi doonnaa sababta.
privacy-rights-l4 = Waxaad naga codsan kartaa inaan joojinno isticmaalka xogtaada, ama aan yareyno.
privacy-rights-l5 = Waad ka noqon kartaa oggolaanshahaaga wakhti kasta.
privacy-rights-text = Si aad u isticmaasho mid ka mid ah xuquuqahan, nala soo xiriir. Waa bilaash. Waxaan kuu jawaabi doonnaa hal bil gudaheed.
privacy-complain-heading = Sida loo cabto
privacy-complain-text = Haddii aadan ku faraxsanayn sida aan xogtaada u isticmaalno, fadlan marka hore annaga noo sheeg. Waxaad kaloo u caban kartaa ICO. Khadkooda caawimaaddu waa 0303 123 1113.
privacy-ico-link = U cabo ICO

## Cookies

cookies-title = Cookies-ka
cookies-intro = Cookies waa faylal yaryar oo websaydhku dhigo telefoonkaaga ama kombiyuutarkaaga. Waxaan isticmaalnaa inta ugu yar ee suurtogal ah.
cookies-reading-heading = Haddii aad keliya akhrinayso boggagayaga
cookies-reading-text = Wax cookie ah kuma dhigno qalabkaaga.
cookies-form-heading = Haddii aad bilowdo foomkayaga
cookies-form-text = Waxaan dhignaa hal cookie, si foomku u xasuusto jawaabahaaga marka aad bog ka gudbayso bog kale. Foomku ma shaqayn karo la'aantiis, sidaas darteed oggolaansho kuma weydiinno marka hore.
cookies-form-name = Magaca: rj_session. Marka xiriirku ammaan yahay, waxaa la yiraahdaa __Host-rj_session.
cookies-form-what = Waxa uu hayo: koodh si kadis ah loo sameeyay oo kugu xira jawaabahaaga. Ma hayo magacaaga ama jawaabahaaga.
cookies-form-how-long = Inta uu jirayo: ilaa aad xirto browser-kaaga. Jawaabahaaga ku jira nidaamkayaga waxaa la tirtiraa dhowr saacadood kadib marka aad joojiso.
cookies-none-heading = Raad-raac ma jiro
cookies-none-text = Uma isticmaalno cookies inaan ku tirinno booqdayaasha ama inaan xayeysiis ku tusinno. Shirkad kale cookies kuma dhigto qalabkaaga iyadoo u marta websaydhkayaga.
cookies-exit-text = Badhanka "{ quick-exit }" isla markiiba wuu tirtiraa cookie-gayaga.

## Accessibility statement

access-title = Bayaanka fududaynta isticmaalka
access-intro = Bayaankan wuxuu ku saabsan yahay websaydhkan. Waxaan rabnaa in dad badan intii karaankeed ah ay isticmaali karaan.
access-using-heading = Isticmaalka websaydhkan
access-using-text = Waa inaad awoodaa inaad:
access-using-l1 = beddesho midabada iyo farta adigoo isticmaalaya dejintaada
access-using-l2 = weyneyso ilaa 400% oo aad weli akhrin karto qoraalka oo dhan
access-using-l3 = ku isticmaasho websaydhka oo dhan kiiboodh keliya
access-using-l4 = isticmaasho akhriye shaashadeed (screen reader), sida NVDA, JAWS ama VoiceOver
access-using-l5 = isticmaasho websaydhka iyadoo JavaScript la damiyay
access-using-l6 =
    ku akhrido { $languages ->
        [one] { $languages } luqad
       *[other] { $languages } luqadood
    }, oo ay ku jirto Easy Read English (Ingiriisi fudud)
access-plain = Waxaan kaloo qoraalka ka dhignay mid sida ugu fudud loo akhriyi karo.
access-status-heading = Sida uu websaydhkani u buuxiyo xeerarka
access-status-text = Xeerarka waxaa la yiraahdaa Web Content Accessibility Guidelines (WCAG), nooca 2.2. Websaydhkani wuxuu buuxiyaa inta badan heerka AA. Weli ma buuxin dhammaan, sababo la xiriira dhibaatooyinka hoose.
access-known-heading = Dhibaatooyinka aan ognahay
access-known-l1 = Turjumaan shahaado lihi weli ma hubin turjumaaddayada intooda badan. Bog kasta oo kuwaas ka mid ah ayaa sidaas sheegaya. Luqad kasta waxaan u heli karnaa turjumaan.
access-known-l2 = Akhriyaha shaashaddu ma akhriyi karo koodhka ku daabacan warqadda macluumaadka. Cinwaanka websaydhka ayaa ku daabacan agtiisa.
access-known-l3 = Xiriiriyeyaasha (links) websaydhyada kale waxay u gudbiyaan boggag aanan annagu maamulin. Waxaa laga yaabaa inay ka adag yihiin in la isticmaalo.
access-formats-heading = Qaabab kale
access-formats-text = Haddii aad macluumaadkan ugu baahan tahay qaab kale, sida far waaweyn, qoraal fudud (easy read), cod ama Braille, iimayl u dir { $email } ama wac { $phone }. Waxaan kuu jawaabi doonnaa 5 maalmood oo shaqo gudahood.
access-report-heading = Noo sheeg dhibaato
access-report-text = Haddii aad aragto dhibaato aan halkan ku qornayn, ama aad u malaynayso inaanan buuxinayn xeerarka, fadlan iimayl u dir { $email }.
access-enforce-heading = Haddii aadan ku qanacsanayn jawaabtayada
access-enforce-text = Equality and Human Rights Commission (EHRC, guddiga sinnaanta iyo xuquuqda aadanaha) ayaa hubiya in websaydhyada dadweynuhu raacaan xeerarka. Haddii aadan ku qanacsanayn sida aan ula tacaalnay dhibaatadaada, la xiriir Equality Advisory and Support Service (EASS).
access-eass-link = Equality Advisory and Support Service (adeegga talada sinnaanta)
access-testing-heading = Sida aan u tijaabinno websaydhkan
access-testing-text = Bog kasta waxaa lagu tijaabiyaa kombiyuutar, gudaha browser dhab ah, luqad kasta, oo ay ku jiraan luqadaha laga akhriyo midig ilaa bidix. Waxaan kaloo ku tijaabinnaa kiiboodh iyo shaashado yaryar, waxaanan hubinnaa inta uu Ingiriisigu fudud yahay in la akhriyo.
access-prepared = Bayaankan waxaan qornay bisha Nofeembar 2026. Waan dib u eegnaa mar kasta oo websaydhku isbeddelo.

## Complaints

complaints-title = Cabashooyinka
complaints-intro = Fadlan noo sheeg haddii aan wax khaldanay. Cabashadu weligeed ma beddeli doonto caawimaadda aad naga hesho.
complaints-how-heading = Sida loo cabto
complaints-how-text = Waxaad ku caban kartaa telefoon ama iimayl, ama waxaad qof kale ka codsan kartaa inuu kuu cabo. Noo sheeg waxa dhacay iyo waxa aad jeclaan lahayd inaan samayno.
complaints-steps-heading = Waxa xiga
complaints-step-1 = Waxaan kuu xaqiijinnaa inaan helnay cabashadaada 5 maalmood oo shaqo gudahood.
complaints-step-2 = Maamule aan ka qayb ahayn kiiskaaga ayaa eega. Waxaa laga yaabaa inuu ku soo waco si aad uga wada hadashaan.
complaints-step-3 = Jawaabtayada waxaan kuu soo qornaa 20 maalmood oo shaqo gudahood. Haddii aan u baahanno wakhti dheeraad ah, waxaan kuu sheegnaa sababta.
complaints-step-4 = Haddii aadan weli ku qanacsanayn, maamule sare ayaa mar kale eega.
complaints-outside-heading = Haddii aadan weli ku qanacsanayn
complaints-outside-text = Haddii aadan weli ku qanacsanayn, waxaad xafiiska West Midlands Police and Crime Commissioner (qofka la doortay ee kormeera booliska West Midlands) ka codsan kartaa inuu eego cabashadaada. Commissioner-ka ayaa bixiya lacagta adeeggayaga. Waxaan ku siin doonnaa xogta xiriirkooda. Haddii cabashadaadu ku saabsan tahay xogtaada shakhsiga ah, waxaad kaloo u tagi kartaa ICO.
complaints-help-heading = Caawimaad aad ku cabato
complaints-help-text = Saaxiib, qof qoyskaaga ka mid ah ama qof kuu dooda (advocate) ayaa kuu cabi kara. Waxaan kuu heli karnaa turjumaan.
complaints-funder-text = West Midlands Police and Crime Commissioner ayaa bixiya lacagta { $service }. Taasi waa sababta xafiiskoodu u eegi karo cabashadaada haddii aanan annagu hagaajin karin.

## Contact us

contact-title = Nala soo xiriir
contact-intro = Nagala hadal caddaaladda dib-u-hagaajinta (restorative justice), su'aal na weydii, ama bilow codsi. Waa bilaash, waana qarsoodi.
contact-start-heading = Siyaabo kale oo loo bilaabo
contact-refer-link = Online ugu soo dir codsi, adiga ama qof kale
contact-call-back-link = Naga codso inaan ku soo wacno
contact-relay-heading = Haddii aadan maqlin, ama ay kugu adag tahay maqalka ama hadalka
contact-relay-text = Waxaad nagu soo wici kartaa adigoo isticmaalaya Relay UK (adeeg hadalka qoraal u beddela). Garaac 18001, kadib lambarkayaga, adigoo isticmaalaya textphone ama app-ka Relay UK.
contact-bsl-text = Haddii aad isticmaasho British Sign Language (BSL, luqadda calaamadaha ee Ingiriiska), waxaad nagu soo wici kartaa adeeg muuqaal ah oo BSL ah. Turjumaan ayaa wicitaanka ugu soo biira muuqaal ahaan, wuxuuna kuu la hadlaa annaga. Waxaan kaloo bilaash kuugu ballansan karnaa turjumaan BSL ah kulannada.
contact-language-heading = Luqado kale
contact-language-text = Waxaan kuu heli karnaa turjumaan bilaash ah. Na soo wac oo noo sheeg magaca luqaddaada. Waxaan kuu soo wici doonnaa, annagoo turjumaan wadna.

## Leaflet

leaflet-title = Warqad macluumaad oo la daabici karo
leaflet-print-note = Tani waa warqaddayada macluumaadka ee hal bogga ah. Si aad ugu daabacdo warqad A4 ah, isticmaal doorashada Print ee browser-kaaga.
leaflet-heading = Dembi ma ku dhibaateeyay? Codkaaga waa la maqli karaa.
leaflet-what = Caddaaladda dib-u-hagaajintu (restorative justice) waxay ka caawisaa dadka dembi dhibaateeyay inay la hadlaan, ama fariin u diraan, qofkii dhibka geystay. Hage tababaran ayaa hubiya in wax walba ammaan yihiin.
leaflet-facts-heading = Xaqiiqooyin muhiim ah
leaflet-fact-any = Dembi kasta, wakhti kasta. Shardi ma aha inaad booliska u sheegtay.
leaflet-fact-interpreter = Waxaan kuu heli karnaa turjumaan bilaash ah.
leaflet-contact-heading = Nala soo xiriir
leaflet-qr = Kamaradda telefoonkaaga ku akhri koodhkan si aad u furto websaydhkayaga.

## Something went wrong (500)

server-error-title = Waan ka xunnahay, wax ayaa khaldamay
server-error-text = Dhibaato ayaa dhankayaga ka jirta. Fadlan mar kale isku day dhowr daqiiqo kadib. Haddii ay sii socoto, nagu soo wac { $phone }.
server-error-home-link = Tag bogga hore

## Added with the journeys

contact-withdraw-heading = Jooji codsigaaga
contact-withdraw-text = Waad joojin kartaa wakhti kasta. Uma baahnid inaad sheegto sababta.
contact-withdraw-link = Codso in la joojiyo codsigaaga
online-autofill-heading = Marka browser-kaagu foomka kuu buuxiyo
online-autofill-text = Foomkayagu wuxuu u oggol yahay browser-kaaga inuu kuu buuxiyo magacaaga, lambarka telefoonkaaga iyo iimaylkaaga. Tani wakhti ayay kuu badbaadisaa. Laakiin browser-kaagu wuu xasuusan karaa kadib.
online-autofill-off = Haddii qof kale isticmaalo qalabkaaga, isticmaal daaqad gaar ah (private browsing), ama autofill ka dami dejinta browser-kaaga. Waxaan browser-kaaga ka codsannaa inuusan buuxin, oo uusan xasuusan, waxa aad ka qorto waxa dhacay.
