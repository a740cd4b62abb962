# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = Ultima actualizare:
hours-text = Suntem deschiși de luni până vineri, între { $opens } și { $closes }. Dacă aveți nevoie, ne putem întâlni și seara sau în weekend.
read-next = Citiți în continuare
about-nav-label = Despre justiția restaurativă

## Home page

home-summary = Ajutăm oamenii care au suferit din cauza unei infracțiuni să vorbească cu persoana care le-a făcut rău sau să îi trimită un mesaj. Un ghid instruit are grijă ca totul să se desfășoare în siguranță, oricare ar fi infracțiunea și oricât timp ar fi trecut.
home-ways-heading = Cum puteți începe
home-way-refer = Faceți o cerere pentru dumneavoastră sau pentru altcineva
home-way-refer-text = Răspundeți online la câteva întrebări scurte. Vă puteți opri oricând.
home-way-call = Cereți să vă sunăm noi
home-way-call-text = Spuneți-ne când este sigur să vă sunăm, iar noi vă vom suna.
home-way-read = Citiți mai multe despre justiția restaurativă
home-way-read-text = Aflați ce este, cum funcționează și cine poate participa.
home-more-heading = Aflați mai multe

## What is restorative justice

what-title = Ce este justiția restaurativă?
what-intro = Justiția restaurativă le oferă celor care au suferit din cauza unei infracțiuni o cale sigură de a vorbi cu persoana care le-a făcut rău.
what-idea-heading = Ideea
what-idea-1 = Infracțiunile le fac rău oamenilor. Adesea, persoana care a suferit are întrebări la care doar cealaltă persoană poate răspunde. De ce eu? A fost plănuit? Se va întâmpla din nou?
what-idea-2 = Justiția restaurativă vă permite să puneți aceste întrebări. Puteți spune și cum v-a schimbat infracțiunea viața. Persoana care a făcut rău trebuie să asculte și să își asume ce a făcut.
what-idea-3 = Un ghid instruit, numit facilitator, are grijă de tot procesul. Nu ia partea nimănui. Rolul său este să îi țină pe toți în siguranță și să se asigure că fiecare persoană este ascultată.
what-meeting-heading = Cum este o întâlnire
what-meeting-1 = O întâlnire se mai numește uneori „conferință”. Vă întâlniți cu persoana care a făcut rău, iar facilitatorul este și el în cameră.
what-meeting-l1 = Întâlnirea are loc într-un loc sigur, care vă convine.
what-meeting-l2 = Puteți veni cu un prieten sau cu cineva din familie, pentru sprijin.
what-meeting-l3 = La început, toată lumea cade de acord asupra unor reguli, de exemplu să vorbească pe rând.
what-meeting-l4 = Puteți lua o pauză sau vă puteți opri oricând.
what-indirect-heading = Dacă nu doriți să vă întâlniți
what-indirect-1 = Nu este nevoie să vă întâlniți față în față. Puteți comunica și în alte moduri:
what-indirect-l1 = Facilitatorul poate duce mesaje de la unul la altul. Acest lucru se numește uneori „mediere indirectă”.
what-indirect-l2 = Puteți scrie o scrisoare sau puteți primi una de la cealaltă persoană.
what-indirect-l3 = Puteți înregistra un mesaj, video sau doar audio.
what-indirect-2 = Mulți oameni încep cu o scrisoare sau cu mesaje. Unii hotărăsc mai târziu să se întâlnească. Alții nu, și este în regulă.
what-agreement-heading = Ce este un acord final
what-agreement-1 = La sfârșitul unei întâlniri, oamenii pot stabili ce se întâmplă mai departe. De exemplu, persoana care a făcut rău poate accepta să își ceară scuze în scris, să repare pagubele sau să primească ajutor pentru probleme cu alcoolul sau cu drogurile.
what-agreement-2 = Acest plan se pune în scris. Se numește acord final. Toată lumea trebuie să fie de acord cu el. Mai târziu verificăm dacă promisiunile sunt respectate și vă spunem cum a mers.
what-funder-heading = Cine plătește acest serviciu
what-funder-text = { $service } este plătit de West Midlands Police and Crime Commissioner (persoana care supraveghează activitatea poliției în West Midlands). Comisarul este ales prin votul oamenilor. O parte din munca sa este să plătească pentru ajutorul oferit celor care au suferit din cauza unor infracțiuni.

## How it works

how-title = Cum funcționează, pas cu pas
how-intro = Iată ce se întâmplă din ziua în care ne contactați. Vă puteți opri la orice pas. Este suficient să ne spuneți.
how-s1-heading = Pasul 1: Ne contactați
how-s1-text = Completați formularul nostru, cereți să vă sunăm noi, sunați-ne sau trimiteți-ne un e-mail. Altcineva vă poate trimite la noi, dacă sunteți de acord. Nu este nevoie să fi spus poliției despre infracțiune.
how-s2-heading = Pasul 2: Vă contactăm noi
how-s2-text = Vă vom contacta în cel mult 5 zile lucrătoare. Vă sunăm sau vă scriem doar în modul pe care ni l-ați spus că este sigur. Vă explicăm ce vă putem oferi și vă răspundem la întrebări. Nu vă presăm în niciun fel să mergeți mai departe.
how-s3-heading = Pasul 3: Ne pregătim împreună
how-s3-text = Un facilitator se întâlnește cu dumneavoastră, adesea de mai multe ori. Vă întreabă ce sperați și ce vă îngrijorează. Se întâlnește și cu cealaltă persoană, ca să verifice dacă este pregătită să participe cu sinceritate.
how-s3-safety = Înainte să se întâmple ceva, facilitatorul verifică dacă este sigur. Aceasta se numește evaluarea riscului. Dacă nu este sigur, nu mergem mai departe.
how-s3-time = Pregătirea poate dura câteva săptămâni. Uneori durează câteva luni. Mergem în ritmul dumneavoastră.
how-s4-heading = Pasul 4: Întâlnirea sau mesajele
how-s4-text = Când toată lumea este pregătită, vă întâlniți cu cealaltă persoană, împreună cu facilitatorul. Sau, dacă preferați, trimiteți în schimb mesaje, scrisori sau o înregistrare. Dumneavoastră alegeți.
how-s5-heading = Pasul 5: După aceea
how-s5-text = Facilitatorul păstrează legătura cu dumneavoastră după întâlnire sau după mesaje. Dacă s-a ajuns la un acord, verificăm dacă este respectat. Vă putem pune în legătură și cu alte servicii de sprijin.
how-stop-heading = Vă puteți opri oricând
how-stop-text = Vă puteți răzgândi la orice pas, chiar și în ziua întâlnirii. Nu trebuie să dați niciun motiv. Dacă vă opriți, acest lucru nu va afecta niciun proces în instanță și niciun alt ajutor pe care îl primiți.
how-long-heading = Cât durează
how-long-l1 = Primul contact: în cel mult 5 zile lucrătoare.
how-long-l2 = Pregătirea: adesea câteva săptămâni, uneori câteva luni.
how-long-l3 = O întâlnire: de obicei una sau două ore.
how-long-l4 = Legătura de după: cât timp aveți nevoie.

## Who can take part

who-title = Cine poate participa
who-intro = Justiția restaurativă este deschisă oricui a suferit din cauza unei infracțiuni, dar și celor care au făcut rău.
who-harmed-heading = Oameni care au suferit din cauza unei infracțiuni
who-harmed-text = Puteți participa dacă ați suferit din cauza unei infracțiuni. Poate participa și familia dumneavoastră, de exemplu partenerul, un părinte sau un copil.
who-bereaved-text = Dacă cineva drag a murit din cauza unei infracțiuni, puteți participa. Aici intră partenerii, părinții, copiii, frații și surorile.
who-caused-heading = Oameni care au făcut rău
who-caused-text = Dacă ați făcut rău cuiva, ne puteți întreba despre justiția restaurativă. Aceasta poate avea loc doar dacă persoana căreia i-ați făcut rău spune da. Noi o întrebăm și îi respectăm răspunsul.
who-young-heading = Tineri
who-young-text = Persoanele sub 18 ani pot participa. Nu aveți nevoie de acordul unui adult, dar ne vom asigura că aveți sprijin. Dacă persoana care a făcut rău are sub 18 ani, lucrăm cu Youth Offending Team din zonă (echipa consiliului local pentru tinerii sub 18 ani care au încălcat legea).
who-crime-heading = Orice infracțiune, oricând
who-crime-l1 = Orice fel de infracțiune. Unele cazuri au nevoie de personal cu pregătire suplimentară: violența gravă sau sexuală, violența domestică, infracțiunile motivate de ură și cazurile în care cineva este vulnerabil sau ar putea fi rănit din nou.
who-crime-l2 = În orice etapă: înainte, în timpul sau după un proces în instanță.
who-crime-l3 = Nu există o limită de timp. Infracțiunea poate să fi avut loc cu ani în urmă.
who-crime-l4 = Nu este nevoie să fi spus poliției.
who-everyone-heading = Oricine ați fi
who-everyone-text = Ajutăm oameni din orice țară, indiferent de dreptul lor de a locui aici. Ne purtăm corect cu toată lumea. Vă putem oferi gratuit un interpret la fiecare pas.
who-area-heading = Unde lucrăm
who-area-text = Lucrăm în Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall și Wolverhampton. Dacă locuiți în altă parte, contactați-ne totuși. Vă vom ajuta să găsiți serviciul potrivit.
who-not-heading = Când s-ar putea să nu fim serviciul potrivit
who-not-text = Dacă aveți o problemă cu un vecin și nu a avut loc nicio infracțiune, consiliul local sau administratorul locuinței vă poate ajuta să o rezolvați. Vă putem spune pe cine să întrebați.

## Is it safe?

safe-title = Este sigur?
safe-intro = Siguranța dumneavoastră este pe primul loc, la fiecare pas. Iată cum vă protejăm.
safe-choice-heading = Dumneavoastră alegeți
safe-choice-text = Dumneavoastră hotărâți dacă participați. Nimeni nu vă poate obliga. Puteți spune nu sau vă puteți opri oricând și nu trebuie să spuneți de ce.
safe-check-heading = Mai întâi verificăm dacă este sigur
safe-check-text = Înainte ca cineva să se întâlnească, facilitatorul face o evaluare atentă a riscului. Vorbește cu fiecare persoană. Se uită la ce s-a întâmplat și dacă cineva ar putea fi rănit din nou.
safe-staff-heading = Personal instruit
safe-staff-text = Facilitatorii noștri sunt instruiți în justiția restaurativă. Unele cazuri au nevoie de personal cu pregătire suplimentară. Printre ele sunt violența gravă sau sexuală, violența domestică și infracțiunile motivate de ură. Tot aici intră cazurile în care cineva este vulnerabil, ar putea fi rănit din nou sau a suferit timp îndelungat.
safe-support-heading = Sprijin înainte, în timpul și după
safe-support-l1 = Înainte: facilitatorul vă ajută să vă pregătiți și plănuiește fiecare pas împreună cu dumneavoastră.
safe-support-l2 = În timpul întâlnirii: puteți veni cu o persoană care să vă sprijine, puteți lua o pauză sau vă puteți opri.
safe-support-l3 = După: păstrăm legătura și vă putem îndruma spre alt ajutor.
safe-not-heading = Dacă nu este potrivit să mergem mai departe
safe-not-text = Uneori hotărâm că nu este sigur sau potrivit să mergem mai departe. În acest caz, vă spunem cu blândețe și vă explicăm de ce, atât cât putem. Vă vom ajuta să găsiți alt sprijin.
safe-private-heading = Datele dumneavoastră rămân private
safe-private-text = Nu îi dăm niciodată celeilalte persoane adresa sau numărul dumneavoastră de telefon. Transmitem doar ce ne spuneți că putem transmite, în afară de cazul în care cineva este în pericol.

## Myths and facts

myths-title = Mituri și adevăruri
myths-intro = Mulți oameni au o idee greșită despre justiția restaurativă. Iată câteva mituri des întâlnite și adevărul.
myths-soft-q = Mit: este o cale ușoară de scăpare.
myths-soft-a = Adevăr: nu este așa. Este greu să stai față în față cu cineva căruia i-ai făcut rău. Multe persoane care au făcut rău spun că le-a fost mai greu decât să meargă în instanță.
myths-forgive-q = Mit: trebuie să iertați.
myths-forgive-a = Adevăr: nu trebuie să iertați pe nimeni. Puteți spune ce simțiți cu adevărat, într-un mod sigur.
myths-court-q = Mit: ține locul procesului în instanță.
myths-court-a = Adevăr: funcționează alături de poliție și de instanțe, nu în locul lor. Poate avea loc înainte, în timpul sau după un proces în instanță.
myths-minor-q = Mit: este doar pentru infracțiuni mărunte.
myths-minor-a = Adevăr: poate ajuta după orice infracțiune, chiar și după cele foarte grave. Pentru infracțiunile grave și atunci când cineva este vulnerabil sau în pericol, lucrăm cu personal cu pregătire suplimentară și suntem și mai atenți.
myths-meet-q = Mit: trebuie să vă întâlniți față în față.
myths-meet-a = Adevăr: nu trebuie. Puteți trimite în schimb mesaje, o scrisoare sau o înregistrare.
myths-offender-q = Mit: este mai ales în ajutorul persoanei care a comis fapta.
myths-offender-a = Adevăr: este mai ales pentru persoana care a suferit. Totul merge în ritmul ei și are loc doar dacă ea dorește.
myths-late-q = Mit: este prea târziu dacă infracțiunea a avut loc demult.
myths-late-a = Adevăr: nu există o limită de timp. Unii oameni participă la mulți ani după infracțiune.
myths-cost-q = Mit: trebuie să plătiți.
myths-cost-a = Adevăr: este gratuit.

## If you caused harm

harm-title = Dacă ați făcut rău cuiva
harm-intro = Dacă ați făcut rău cuiva printr-o infracțiune, justiția restaurativă vă poate ajuta să vă asumați ce ați făcut și să încercați să îndreptați lucrurile.
harm-what-heading = Ce vă poate oferi
harm-what-text = Puteți afla cum a fost afectată cealaltă persoană de faptele dumneavoastră. Puteți răspunde la întrebările ei și vă puteți cere scuze, dacă o spuneți sincer. Mulți oameni spun că acest lucru îi ajută să meargă mai departe și să nu mai aibă probleme cu legea.
harm-expect-heading = La ce să vă așteptați
harm-expect-l1 = Mai întâi, un facilitator se întâlnește cu dumneavoastră, poate de câteva ori, ca să vă ajute să vă pregătiți.
harm-expect-l2 = Facilitatorul verifică dacă acceptați că ce ați făcut a fost greșit. Nu trebuie să găsiți cuvintele perfecte.
harm-expect-l3 = Dacă cealaltă persoană spune da, vă puteți întâlni cu ea, îi puteți scrie sau puteți schimba mesaje.
harm-expect-l4 = Puteți veni cu o persoană care să vă sprijine. Vă puteți opri oricând.
harm-limits-heading = Ce nu vă putem promite
harm-limits-l1 = Nu este o cale de a primi o pedeapsă mai mică. Poate avea loc înainte de stabilirea pedepsei, iar instanța poate aștepta până atunci. Dar nu vă putem promite nimic legat de instanță, închisoare sau probațiune.
harm-limits-l2 = Cealaltă persoană poate spune nu. Este dreptul ei și nu vă vom da datele ei.
harm-limits-l3 = În centrul atenției este persoana căreia i-ați făcut rău. Are loc doar dacă este potrivit pentru ea.
harm-limits-text = Dacă spune nu, vă vom spune cu blândețe. Putem vorbi cu dumneavoastră despre ce altceva v-ar putea ajuta.
harm-start-heading = Cum puteți începe
harm-start-text = Contactați-ne chiar dumneavoastră sau rugați consilierul de probațiune, lucrătorul de tineret ori personalul închisorii să vă trimită la noi. Mai întâi vom discuta totul cu dumneavoastră.
harm-start-link = Începeți o cerere

## For professionals

pro-title = Pentru specialiști
pro-intro = Această pagină este pentru poliție, probațiune, serviciile pentru victime, youth offending teams (echipele consiliului local pentru tinerii care au încălcat legea), închisori și alți specialiști care vor să ne trimită o persoană.
pro-who-heading = Cine poate trimite o persoană la noi
pro-who-text = Orice specialist ne poate trimite o persoană care a suferit din cauza unei infracțiuni sau o persoană care a făcut rău. Aici intră poliția, probațiunea, serviciile de sprijin pentru victime, youth offending teams, echipele de siguranță comunitară, închisorile, serviciile de sănătate, de locuințe și organizațiile caritabile.
pro-consent-heading = Întrebați mai întâi
pro-consent-text = Întrebați mai întâi persoana. Spuneți-i ce este justiția restaurativă și că o vom contacta. Dacă lucrați în poliție și nu ați întrebat-o încă, puteți totuși să ne trimiteți cererea pentru ea. Folosiți formularul sau sunați-ne la { $phone }. Vom contacta mai întâi persoana și o vom întreba dacă vrea ajutorul nostru.
pro-how-heading = Cum trimiteți o persoană la noi
pro-how-text = Folosiți același formular online ca publicul. La început, alegeți varianta prin care faceți cererea pentru altcineva. Ne puteți și suna la { $phone } sau ne puteți scrie la { $email }.
pro-how-link = Faceți o cerere pentru altcineva
pro-info-heading = Ce ne ajută
pro-info-l1 = Cum și când putem contacta persoana în siguranță.
pro-info-l2 = Orice nevoi legate de limbă, interpret sau acces.
pro-info-l3 = Ce s-a întâmplat și numărul de referință de la poliție, dacă există.
pro-info-l4 = În ce stadiu este cazul acum: de exemplu, așteaptă judecata sau pedeapsa a fost deja stabilită.
pro-info-l5 = Orice riscuri pe care ar trebui să le cunoaștem, cum ar fi violența domestică sau amenințările.
pro-info-l6 = Datele celeilalte persoane, dacă le cunoașteți.
pro-after-heading = Ce vă spunem după aceea
pro-after-text = Vă anunțăm când am luat legătura cu persoana și cum merge cazul. Nu spunem altora ce ne spun oamenii în privat, decât dacă sunt de acord sau dacă cineva este în pericol.
pro-young-heading = Tineri care au făcut rău
pro-young-text = Dacă persoana care a făcut rău are sub 18 ani, vorbim mai întâi cu Youth Offending Team din zonă. De obicei, această echipă se ocupă de justiția restaurativă pentru tineri.
pro-leaflet-heading = Pliante
pro-leaflet-text = Puteți tipări pliantul nostru de o pagină în oricare dintre limbile noastre, ca să îl împărțiți sau să îl puneți pe un perete.

## What the evidence says

evidence-title = Ce arată cercetările
evidence-intro = Justiția restaurativă a fost studiată cu atenție în England și Wales. Iată ce au aflat cercetătorii.
evidence-satisfied-heading = Majoritatea victimelor se bucură că au participat
evidence-satisfied-text = O cercetare făcută pentru Ministry of Justice (Ministerul Justiției din Regatul Unit) le-a întrebat pe victimele care s-au întâlnit cu persoana care le-a făcut rău, la o întâlnire numită „conferință”. 85% au spus că au fost mulțumite.
evidence-crime-heading = Mai puține infracțiuni după aceea
evidence-crime-text = Aceeași cercetare a arătat că persoanele care au făcut rău și au participat au comis apoi cu aproximativ 14% mai puține infracțiuni decât alte persoane asemănătoare care nu au participat.
evidence-aware-heading = Puțini oameni știu despre ea
evidence-aware-text = În 2016, doar 28% dintre oamenii întrebați într-un sondaj auziseră de justiția restaurativă. Majoritatea celor întrebați au spus că victimele ar trebui să aibă dreptul să se întâlnească cu persoana care le-a făcut rău.
evidence-limits = Cercetările arată ce se întâmplă în medie. Nu vă pot spune ce se va întâmpla în cazul dumneavoastră.
evidence-sources-heading = De unde provin aceste cifre
evidence-src-1 = Joanna Shapland și colaboratorii, cercetare pentru Ministry of Justice despre trei programe de justiție restaurativă (2007 și 2008).
evidence-src-2 = West Midlands Police and Crime Commissioner, decizia 009/2015, care folosește aceleași cifre.
evidence-src-3 = Un sondaj făcut de Ipsos MORI pentru Restorative Justice Council (2016).

## Other support

support-title = Alt sprijin
support-intro = Și alte servicii vă pot ajuta. Dacă participați la justiția restaurativă, le puteți folosi în continuare.
support-police-heading = Poliția
support-police-999 = În caz de urgență, sunați la 999.
support-police-55 = Dacă nu puteți vorbi, sunați la 999 de pe un telefon mobil, apoi apăsați 55 când vi se cere. Acest serviciu se numește Silent Solution.
support-police-101 = Ca să raportați o infracțiune care nu este o urgență, sunați la 101.
support-victims-heading = Ajutor pentru victime
support-vs-text = Victim Support oferă ajutor gratuit oricui a fost afectat de o infracțiune, chiar dacă nu a fost raportată. Îi puteți suna gratuit la 08 08 16 89 111.
support-abuse-heading = Violență domestică și violență sexuală
support-da-text = National Domestic Abuse Helpline (linia națională de ajutor pentru violență domestică) este gratuită și deschisă zi și noapte: 0808 2000 247.
support-rc-text = Rape Crisis ajută persoanele care au trecut printr-un viol sau printr-un abuz sexual, oricât timp ar fi trecut de atunci. Pe site-ul lor găsiți toate modurile în care îi puteți contacta.
support-feelings-heading = Dacă vă este greu sau doriți să vorbiți cu cineva
support-sam-text = Cei de la Samaritans vă ascultă la orice oră, zi și noapte. Îi puteți suna gratuit la 116 123.
support-young-heading = Tineri
support-yot-text = Fiecare consiliu local are un Youth Offending Team. Această echipă lucrează cu tinerii sub 18 ani care au avut probleme cu legea și adesea organizează justiția restaurativă pentru ei. Consiliul local vă poate pune în legătură cu ea.
support-elsewhere-heading = Dacă locuiți în afara West Midlands
support-elsewhere-text = Există servicii de justiție restaurativă peste tot în England și Wales. Restorative Justice Council are o listă a lor. Vă poate spune cine oferă un astfel de serviciu aproape de dumneavoastră și Police and Crime Commissioner din zona dumneavoastră (persoana aleasă care supraveghează activitatea poliției în zonă).
support-links-heading = Site-uri web
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

online-title = Siguranța pe internet
online-intro = Dacă cineva vă verifică telefonul sau calculatorul, ar putea vedea că ați intrat pe acest site. Iată cum vă puteți proteja.
online-exit-heading = Ce face butonul de ieșire
online-exit-does = Butonul „{ quick-exit }” vă duce imediat pe un site despre vreme. Puteți apăsa și de 3 ori tasta Shift. Butonul șterge toate răspunsurile pe care le-ați început în formularul nostru și elimină cookie-ul nostru.
online-exit-doesnt = Nu vă șterge istoricul browserului. Cineva ar putea vedea totuși că ați intrat aici. De aceea, vă rugăm să citiți sfaturile de mai jos.
online-private-heading = Folosiți navigarea privată
online-private-text = Într-o fereastră privată, browserul nu păstrează lista paginilor pe care le vizitați. Deschideți o astfel de fereastră înainte să intrați pe site-ul nostru:
online-private-chrome = Chrome: deschideți meniul și alegeți „Fereastră incognito nouă”.
online-private-edge = Edge: deschideți meniul și alegeți „Fereastră InPrivate nouă”.
online-private-firefox = Firefox: deschideți meniul și alegeți „Fereastră privată nouă”.
online-private-safari = Safari: deschideți meniul „Fișier” și alegeți „Fereastră privată nouă”.
online-history-heading = Ștergeți istoricul
online-history-text = Dacă nu ați folosit o fereastră privată, puteți șterge acest site din istoric.
online-history-windows = Pe un calculator cu Windows, în Chrome, Edge sau Firefox: apăsați în același timp Ctrl, Shift și Delete. Apoi alegeți ce vreți să ștergeți.
online-history-mac = Pe un Mac, în Safari: deschideți meniul „Istoric” și alegeți „Șterge istoricul”.
online-history-iphone = Pe un iPhone: deschideți „Configurări”, apoi Safari, apoi „Șterge istoricul și datele site-urilor”.
online-history-android = Pe un telefon Android, în Chrome: atingeți cele trei puncte, apoi „Istoric”, apoi „Șterge datele de navigare”.
online-history-care = Dacă ștergeți tot istoricul, cineva care verifică ar putea observa. Poate este mai bine să ștergeți doar paginile de pe acest site.
online-device-heading = Folosiți un dispozitiv mai sigur
online-device-text = Cel mai sigur este să folosiți un telefon sau un calculator la care cealaltă persoană nu are acces. De exemplu, telefonul unui prieten, un calculator de la serviciu sau unul de la bibliotecă.
online-other-heading = Alte lucruri de verificat
online-other-l1 = E-mailuri și mesaje: ștergeți mesajele de la noi pe care nu vreți să le vadă altcineva. Apoi goliți și dosarul cu mesaje șterse.
online-other-l2 = Conturi comune: dacă folosiți un cont Google, Apple sau Microsoft împreună cu altcineva, istoricul poate apărea și pe alte dispozitive.
online-other-l3 = Apeluri telefonice: numărul nostru poate apărea în lista de apeluri. Îl puteți șterge.
online-other-l4 = Dacă credeți că cineva v-a pus un program de spionaj pe telefon, folosiți alt telefon ca să ne contactați pe noi sau poliția.

## Questions people ask

faq-title = Întrebări frecvente
faq-intro = Răspunsuri scurte la întrebările pe care ni le pun des oamenii. Majoritatea au un link către o pagină cu mai multe detalii.
faq-what-q = Ce este justiția restaurativă?
faq-what-a = Este o cale sigură prin care oamenii care au suferit din cauza unei infracțiuni pot vorbi cu persoana care le-a făcut rău, cu ajutorul unui ghid instruit.
faq-cost-q = Costă ceva?
faq-cost-a = Nu. Este gratuit.
faq-police-q = Trebuie să fi spus poliției?
faq-police-a = Nu. Puteți veni la noi indiferent dacă infracțiunea a fost raportată sau nu.
faq-meet-q = Trebuie să mă întâlnesc cu persoana care mi-a făcut rău?
faq-meet-a = Nu. Puteți trimite în schimb mesaje, o scrisoare sau o înregistrare. Sau puteți hotărî să nu mergeți deloc mai departe.
faq-stop-q = Mă pot răzgândi?
faq-stop-a = Da, oricând, chiar și în ziua întâlnirii. Nu trebuie să dați niciun motiv.
faq-safe-q = Cum mă protejați?
faq-safe-a = Un facilitator instruit verifică dacă este sigur, înainte să se întâmple ceva. Dacă nu este sigur, nu mergem mai departe.
faq-long-q = Cât durează?
faq-long-a = Vă contactăm în cel mult 5 zile lucrătoare. Pregătirea durează adesea câteva săptămâni. Poate dura și mai mult, iar noi mergem în ritmul dumneavoastră.
faq-old-q = Infracțiunea a avut loc cu ani în urmă. Pot participa totuși?
faq-old-a = Da. Nu există o limită de timp.
faq-forgive-q = Trebuie să iert?
faq-forgive-a = Nu. Puteți spune ce simțiți cu adevărat.
faq-sentence-q = Va schimba pedeapsa?
faq-sentence-a = Nu este o cale de a primi o pedeapsă mai mică. Instanța poate aștepta cu stabilirea pedepsei, ca justiția restaurativă să aibă loc mai întâi. Dar nu ține locul instanței și nu putem promite nimic despre pedeapsă.
faq-language-q = Pot avea un interpret?
faq-language-a = Da. Vă putem oferi gratuit un interpret la fiecare pas, inclusiv pentru British Sign Language (BSL, limbajul semnelor folosit în Marea Britanie).
faq-refer-q = Pot face o cerere pentru altcineva?
faq-refer-a = Da, dacă persoana este de acord. Specialiștii, de exemplu cei din poliție și din probațiune, folosesc același formular.
faq-work-q = Chiar ajută?
faq-work-a = Într-o cercetare făcută pentru Ministry of Justice (Ministerul Justiției din Regatul Unit), 85% dintre victimele care s-au întâlnit cu cealaltă persoană la o întâlnire numită „conferință” au fost mulțumite.
faq-data-q = Ce faceți cu datele mele?
faq-data-a = Le folosim doar ca să vă oferim acest serviciu. Le păstrăm în siguranță și nu le dăm altora fără un motiv serios.
faq-online-q = Poate vedea cineva că am intrat pe acest site?
faq-online-a = S-ar putea. Pagina noastră despre siguranța pe internet vă arată cum să ascundeți vizita.
faq-help-q = Unde altundeva pot primi ajutor?
faq-help-a = Multe alte servicii vă pot ajuta, iar dacă participați aici, le puteți folosi în continuare.

## Privacy notice

privacy-title = Informare despre datele personale
privacy-intro = Această informare vă spune ce facem cu datele dumneavoastră personale și ce drepturi aveți. Legile care vă protejează datele sunt UK GDPR și Data Protection Act 2018 (legile din Regatul Unit privind protecția datelor).
privacy-who-heading = Cine răspunde de datele dumneavoastră
privacy-who-text = { $controller } răspunde de datele dumneavoastră. Legea numește acest rol „operator de date”. Înseamnă că hotărăște cum sunt folosite datele și trebuie să le păstreze în siguranță. Adresa este { $address }.
privacy-ico-text = Numărul său în registrul ținut de Information Commissioner's Office (ICO, autoritatea din Regatul Unit care se ocupă de protecția datelor) este { $ico }.
privacy-contact-text = Pentru întrebări despre datele dumneavoastră, scrieți la { $email } sau sunați la { $phone }.
privacy-collect-heading = Ce date strângem
privacy-collect-l1 = Numele dumneavoastră și cum vă putem contacta în siguranță.
privacy-collect-l2 = Ce s-a întâmplat și în ce stadiu este un eventual proces în instanță.
privacy-collect-l3 = Datele celeilalte persoane, dacă ni le dați.
privacy-collect-l4 = De ce aveți nevoie de la noi, de exemplu un interpret sau ajutor ca să vă deplasați.
privacy-collect-l5 = Notițe despre convorbirile și întâlnirile noastre cu dumneavoastră.
privacy-special-text = Unele dintre aceste date sunt deosebit de private. Pot fi despre sănătatea, rasa, credința sau viața dumneavoastră sexuală, ori despre o infracțiune. Legea le numește „categorii speciale de date” și „date despre infracțiuni”. Avem o grijă deosebită de ele.
privacy-why-heading = De ce le folosim
privacy-why-text = Folosim datele dumneavoastră doar ca să vă oferim justiție restaurativă. Adică pentru a vă contacta, a verifica dacă este sigur, a organiza o întâlnire sau mesaje și a păstra legătura după aceea. Numărăm și cazurile, fără nume, ca să putem raporta despre munca noastră.
privacy-basis-heading = Motivele noastre legale
privacy-basis-text = Legea spune că avem nevoie de un motiv legal serios ca să vă folosim datele. Legea numește acest lucru „temei legal”. Temeiurile noastre sunt:
privacy-basis-l1 = Sarcină publică: oferim acest serviciu publicului, cu bani publici.
privacy-basis-l2 = Pentru datele deosebit de private: acordul dumneavoastră clar sau un motiv public important, cum ar fi protejarea oamenilor.
privacy-basis-l3 = Interese vitale: doar dacă viața cuiva este în pericol.
privacy-share-heading = Cui le transmitem
privacy-share-text = Nu vindem niciodată datele dumneavoastră. Le transmitem doar:
privacy-share-l1 = celeilalte persoane din cazul dumneavoastră, dar numai ce ne spuneți că putem transmite.
privacy-share-l2 = unui serviciu de sprijin, dacă ne cereți acest lucru.
privacy-share-l3 = poliției sau altora, dacă cineva este în pericol sau dacă un copil ori un adult trebuie protejat.
privacy-share-l4 = persoanei sau organizației care v-a trimis la noi. Îi spunem cum merg lucrurile, nu ce ne-ați spus.
privacy-share-l5 = firmelor care se ocupă de sistemele noastre informatice. Ele trebuie să vă păstreze datele în siguranță și să le folosească doar așa cum le spunem noi.
privacy-keep-heading = Cât timp le păstrăm
privacy-keep-text = Dacă începeți formularul nostru și nu îl terminați, vă ștergem răspunsurile în câteva ore. Păstrăm notițele despre caz doar cât timp avem nevoie de ele, apoi le ștergem în siguranță. Întrebați-ne dacă vreți să știți cât timp.
privacy-rights-heading = Drepturile dumneavoastră
privacy-rights-l1 = Puteți cere să vedeți datele pe care le avem despre dumneavoastră.
privacy-rights-l2 = Puteți cere să corectăm datele greșite.
privacy-rights-l3 = Puteți cere să vă ștergem datele. Uneori trebuie să le păstrăm și vă vom spune de ce.
privacy-rights-l4 = Puteți cere să nu vă mai folosim datele sau să le folosim mai puțin.
privacy-rights-l5 = Vă puteți retrage acordul oricând.
privacy-rights-text = Ca să folosiți oricare dintre aceste drepturi, contactați-ne. Este gratuit. Vă răspundem în cel mult o lună.
privacy-complain-heading = Cum faceți o reclamație
privacy-complain-text = Dacă nu vă convine cum vă folosim datele, vă rugăm să ne spuneți mai întâi nouă. Puteți face o reclamație și la ICO. Linia lor de asistență este 0303 123 1113.
privacy-ico-link = Faceți o reclamație la ICO

## Cookies

cookies-title = Cookie-uri
cookies-intro = Cookie-urile sunt fișiere mici pe care un site le pune pe telefonul sau pe calculatorul dumneavoastră. Folosim cât mai puține.
cookies-reading-heading = Dacă doar citiți paginile noastre
cookies-reading-text = Nu punem niciun cookie pe dispozitivul dumneavoastră.
cookies-form-heading = Dacă începeți formularul nostru
cookies-form-text = Punem un singur cookie, ca formularul să vă țină minte răspunsurile când treceți de la o pagină la alta. Formularul nu poate funcționa fără el, așa că nu vă cerem mai întâi acordul.
cookies-form-name = Nume: rj_session. Pe o conexiune securizată se numește __Host-rj_session.
cookies-form-what = Ce conține: un cod la întâmplare care vă leagă de răspunsurile dumneavoastră. Nu conține numele sau răspunsurile dumneavoastră.
cookies-form-how-long = Cât durează: până când închideți browserul. Răspunsurile dumneavoastră din sistemul nostru sunt șterse la câteva ore după ce vă opriți.
cookies-none-heading = Fără urmărire
cookies-none-text = Nu folosim cookie-uri ca să numărăm vizitatorii sau să afișăm reclame. Nicio altă firmă nu pune cookie-uri pe dispozitivul dumneavoastră prin site-ul nostru.
cookies-exit-text = Butonul „{ quick-exit }” șterge imediat cookie-ul nostru.

## Accessibility statement

access-title = Declarație de accesibilitate
access-intro = Această declarație este despre acest site. Vrem ca cât mai mulți oameni să îl poată folosi.
access-using-heading = Folosirea acestui site
access-using-text = Ar trebui să puteți:
access-using-l1 = schimba culorile și fonturile din propriile setări
access-using-l2 = mări pagina până la 400% și citi în continuare tot textul
access-using-l3 = folosi tot site-ul doar cu tastatura
access-using-l4 = folosi un cititor de ecran, de exemplu NVDA, JAWS sau VoiceOver
access-using-l5 = folosi site-ul cu JavaScript dezactivat
access-using-l6 =
    citi site-ul în { $languages ->
        [one] { $languages } limbă
        [few] { $languages } limbi
       *[other] { $languages } de limbi
    }, inclusiv în Easy Read English (engleză ușor de citit)
access-plain = Am făcut, de asemenea, textul cât mai ușor de citit.
access-status-heading = Cât de bine respectă acest site regulile
access-status-text = Regulile se numesc Web Content Accessibility Guidelines (WCAG), versiunea 2.2. Acest site respectă majoritatea cerințelor de nivel AA. Nu le respectă încă pe toate, din cauza problemelor de mai jos.
access-known-heading = Probleme pe care le cunoaștem
access-known-l1 = Majoritatea traducerilor noastre nu au fost încă verificate de un traducător calificat. Fiecare dintre aceste pagini spune acest lucru. Putem găsi un interpret pentru orice limbă.
access-known-l2 = Un cititor de ecran nu poate citi codul de pe pliantul tipărit. Adresa site-ului este tipărită lângă el.
access-known-l3 = Linkurile către alte site-uri duc la pagini pe care nu le controlăm. Acestea pot fi mai greu de folosit.
access-formats-heading = Alte formate
access-formats-text = Dacă aveți nevoie de aceste informații în altă formă, de exemplu cu litere mari, în format ușor de citit, audio sau în Braille, scrieți la { $email } sau sunați la { $phone }. Vă răspundem în cel mult 5 zile lucrătoare.
access-report-heading = Spuneți-ne despre o problemă
access-report-text = Dacă găsiți o problemă care nu apare aici sau credeți că nu respectăm regulile, vă rugăm să ne scrieți la { $email }.
access-enforce-heading = Dacă răspunsul nostru nu vă mulțumește
access-enforce-text = Equality and Human Rights Commission (EHRC, comisia britanică pentru egalitate și drepturile omului) se asigură că site-urile publice respectă regulile. Dacă nu vă mulțumește felul în care am rezolvat problema, contactați Equality Advisory and Support Service (EASS), un serviciu de consiliere privind egalitatea.
access-eass-link = Equality Advisory and Support Service (serviciul de consiliere privind egalitatea)
access-testing-heading = Cum testăm acest site
access-testing-text = Fiecare pagină este testată de un calculator într-un browser adevărat, în fiecare limbă, inclusiv în limbile care se citesc de la dreapta la stânga. Testăm și cu tastatura, pe ecrane mici, și verificăm cât de ușor de citit este textul în engleză.
access-prepared = Am scris această declarație în noiembrie 2026. O verificăm de fiecare dată când se schimbă site-ul.

## Complaints

complaints-title = Reclamații
complaints-intro = Vă rugăm să ne spuneți dacă am greșit cu ceva. O reclamație nu va schimba niciodată ajutorul pe care îl primiți de la noi.
complaints-how-heading = Cum faceți o reclamație
complaints-how-text = Puteți face o reclamație la telefon sau prin e-mail ori puteți ruga pe altcineva să o facă pentru dumneavoastră. Spuneți-ne ce s-a întâmplat și ce ați dori să facem.
complaints-steps-heading = Ce urmează
complaints-step-1 = În cel mult 5 zile lucrătoare, vă confirmăm că am primit reclamația.
complaints-step-2 = Un manager care nu a lucrat la cazul dumneavoastră o analizează. S-ar putea să vă sune ca să discutați.
complaints-step-3 = În cel mult 20 de zile lucrătoare, vă trimitem răspunsul nostru în scris. Dacă avem nevoie de mai mult timp, vă spunem de ce.
complaints-step-4 = Dacă tot nu vă mulțumește răspunsul, un manager mai înalt în funcție analizează din nou reclamația.
complaints-outside-heading = Dacă tot nu vă mulțumește răspunsul
complaints-outside-text = Dacă tot nu vă mulțumește răspunsul, puteți cere biroului West Midlands Police and Crime Commissioner (persoana aleasă care supraveghează activitatea poliției în West Midlands) să analizeze reclamația. Comisarul plătește pentru serviciul nostru. Vă vom da datele de contact ale biroului. Dacă reclamația este despre datele dumneavoastră personale, vă puteți adresa și la ICO.
complaints-help-heading = Ajutor ca să faceți o reclamație
complaints-help-text = Un prieten, cineva din familie sau o persoană care vă reprezintă poate face reclamația în locul dumneavoastră. Vă putem găsi un interpret.
complaints-funder-text = West Midlands Police and Crime Commissioner plătește pentru { $service }. De aceea, biroul său poate analiza reclamația dacă noi nu putem îndrepta lucrurile.

## Contact us

contact-title = Contactați-ne
contact-intro = Vorbiți cu noi despre justiția restaurativă, puneți o întrebare sau începeți o cerere. Este gratuit și confidențial.
contact-start-heading = Alte moduri de a începe
contact-refer-link = Faceți online o cerere pentru dumneavoastră sau pentru altcineva
contact-call-back-link = Cereți să vă sunăm noi
contact-relay-heading = Dacă nu auziți sau vă este greu să auziți ori să vorbiți
contact-relay-text = Ne puteți suna prin Relay UK (un serviciu care transformă convorbirea în text). Formați 18001, apoi numărul nostru, de pe un telefon cu text (textphone) sau din aplicația Relay UK.
contact-bsl-text = Dacă folosiți British Sign Language (BSL, limbajul semnelor folosit în Marea Britanie), ne puteți suna printr-un serviciu video de interpretare BSL. Un interpret intră în apel prin video și vorbește cu noi în locul dumneavoastră. Putem chema gratuit și un interpret BSL la întâlniri.
contact-language-heading = Alte limbi
contact-language-text = Vă putem oferi gratuit un interpret. Sunați-ne și spuneți numele limbii dumneavoastră. Vă sunăm înapoi împreună cu un interpret.

## Leaflet

leaflet-title = Pliant de tipărit
leaflet-print-note = Acesta este pliantul nostru de o pagină. Ca să îl tipăriți pe hârtie A4, folosiți opțiunea de tipărire din browser.
leaflet-heading = Ați suferit din cauza unei infracțiuni? Vocea dumneavoastră poate fi auzită.
leaflet-what = Justiția restaurativă îi ajută pe cei care au suferit din cauza unei infracțiuni să vorbească cu persoana care le-a făcut rău sau să îi trimită un mesaj. Un ghid instruit are grijă ca totul să se desfășoare în siguranță.
leaflet-facts-heading = Pe scurt
leaflet-fact-any = Orice infracțiune, oricând. Nu este nevoie să fi spus poliției.
leaflet-fact-interpreter = Vă putem oferi gratuit un interpret.
leaflet-contact-heading = Contactați-ne
leaflet-qr = Scanați acest cod cu camera telefonului ca să deschideți site-ul nostru.

## Something went wrong (500)

server-error-title = Ne pare rău, ceva nu a mers bine
server-error-text = Avem o problemă tehnică. Vă rugăm să încercați din nou peste câteva minute. Dacă problema continuă, sunați-ne la { $phone }.
server-error-home-link = Mergeți la pagina principală

## Added with the journeys

contact-withdraw-heading = Opriți cererea
contact-withdraw-text = Vă puteți opri oricând. Nu trebuie să spuneți de ce.
contact-withdraw-link = Cereți oprirea cererii
online-autofill-heading = Când browserul completează formularul în locul dumneavoastră
online-autofill-text = Formularul nostru îi permite browserului să completeze pentru dumneavoastră numele, numărul de telefon și adresa de e-mail. Așa economisiți timp. Dar browserul le poate ține minte după aceea.
online-autofill-off = Dacă altcineva folosește dispozitivul dumneavoastră, folosiți navigarea privată sau dezactivați completarea automată din setările browserului. Îi cerem browserului să nu completeze și să nu țină minte ce scrieți despre ce s-a întâmplat.
