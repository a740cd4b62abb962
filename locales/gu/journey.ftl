## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = હમણાં શરૂ કરો
button-continue = આગળ વધો
button-send = મોકલો
button-carry-on = ફોર્મ ચાલુ રાખો
button-skip = આ પ્રશ્નો છોડી દો
link-back = પાછા જાઓ
select-choose = મહિનો પસંદ કરો
spam-trap-label = આ ખાનું ખાલી રાખો
offer-call-back = તેના બદલે, તમે અમને તમને ફોન કરવા કહી શકો છો
check-change = બદલો
check-not-answered = જવાબ આપ્યો નથી
consent-privacy-link = અમે તમારી માહિતી કેવી રીતે વાપરીએ છીએ, તે વાંચો (ગોપનીયતા સૂચના)
textarea-count =
    તમે { $max ->
        [one] { $max } અક્ષરમાંથી
       *[other] { $max } અક્ષરોમાંથી
    } { $used } નો ઉપયોગ કર્યો છે.

## Errors

error-summary-title = એક સમસ્યા છે
error-prefix = સમસ્યા:
error-title-prefix = સમસ્યા:
error-choose-from-list = યાદીમાંથી એક જવાબ પસંદ કરો
error-too-long =
    વધુમાં વધુ { $count ->
        [one] { $count } અક્ષર
       *[other] { $count } અક્ષરો
    } વાપરો
error-phone = ફોન નંબર લખો, જેમ કે 07700 900 982 અથવા +48 601 234 567
error-email = ઇમેઇલ સરનામું લખો, જેમ કે name@example.com
error-postcode = પોસ્ટકોડ લખો, જેમ કે B1 1BB
error-year = વર્ષ 4 અંકોમાં લખો, જેમ કે 2024
error-years = કેટલાં વર્ષ, તે એક આંકડામાં લખો, જેમ કે 3
error-crime-reference = ક્રાઇમ રેફરન્સમાં ફક્ત અક્ષરો, આંકડા, / અને - વાપરો
error-reference = તમારો રેફરન્સ નંબર લખો, જેમ કે RJ-HK4M-7TWX
error-date-future = ભૂતકાળની તારીખ લખો
error-too-fast = કૃપા કરીને તમારા જવાબો તપાસો, પછી ફરી મોકલો

## Start pages

start-referral-title = પુનઃસ્થાપન ન્યાય (restorative justice) માટે અરજી કરો
start-referral-body =
    અમે તમને તમારા વિશે અને શું બન્યું તે વિશે થોડા પ્રશ્નો પૂછીશું. તેમાં આશરે ૧૫ મિનિટ લાગે છે.

    તે મફત છે. તે ખાનગી છે. તમે ન ઇચ્છો તો કંઈ થતું નથી, અને તમે કોઈ પણ સમયે અટકી શકો છો.

    જે તમે હમણાં કહેવા ન માગતા હો, તે છોડી શકો છો. પછી અમારી ટીમના એક સભ્ય તમે પસંદ કરેલી રીતે તમારો સંપર્ક કરશે.
start-call-back-title = અમને તમને ફોન કરવા કહો
start-call-back-body =
    અમને એક ફોન નંબર, અને ફોન કરવા માટેનો સારો સમય જણાવો. તેમાં આશરે ૩ મિનિટ લાગે છે.

    તમારા પ્રશ્નોના જવાબ આપવા અમે ફોન કરીશું. ફોન પર તમારે કોઈ નિર્ણય લેવાની જરૂર નથી.
start-withdrawal-title = તમારી અરજી બંધ કરો
start-withdrawal-body =
    તમે કોઈ પણ સમયે, કોઈ પણ કારણે અટકી શકો છો. તમારે અમને કારણ કહેવાની જરૂર નથી.

    અમે તમને આપેલો રેફરન્સ નંબર તમારે જોઈશે.
start-kept-for =
    તમે આ ભરો ત્યાં સુધી, અમે તમારા જવાબો અમારા સર્વર પર વધુમાં વધુ { $hours ->
        [one] { $hours } કલાક
       *[other] { $hours } કલાક
    } રાખીએ છીએ. તમે તે મોકલો, અથવા "{ quick-exit }" દબાવો, ત્યારે તે કાઢી નાખવામાં આવે છે.

## Referral: who it is for

q-for-whom = આ કોના માટે છે?
q-for-whom-me = મારા માટે
q-for-whom-someone-else = બીજા કોઈ માટે, જે આ માટે સંમત છે
q-for-whom-error = આ કોના માટે છે, તે પસંદ કરો

step-referral-on-behalf = તમારા વિશે
q-relationship = તમે તે વ્યક્તિને કેવી રીતે ઓળખો છો?
q-relationship-family = હું તેમના પરિવારમાંથી છું
q-relationship-friend = હું મિત્ર છું
q-relationship-supporter = હું તેમને મદદ કરું છું (દાખલા તરીકે કેરર કે એડવોકેટ)
q-relationship-professional = હું મારા કામના ભાગરૂપે તેમની સાથે કામ કરું છું
q-relationship-error = તમે તે વ્યક્તિને કેવી રીતે ઓળખો છો, તે પસંદ કરો
q-organisation-type = તમે ક્યાં કામ કરો છો?
q-organisation-type-police = પોલીસ
q-organisation-type-probation = પ્રોબેશન
q-organisation-type-victim-care = પીડિતોની સંભાળ કે મદદ
q-organisation-type-yot = Youth offending team (યુવાનો માટેની કાઉન્સિલની ટીમ)
q-organisation-type-prison = જેલ
q-organisation-type-csp = Community safety partnership (વિસ્તારની સલામતી માટેની ભાગીદારી)
q-organisation-type-health = આરોગ્ય સેવા, જેમ કે GP અથવા હોસ્પિટલ
q-organisation-type-school = શાળા અથવા કૉલેજ
q-organisation-type-other = બીજે ક્યાંક
q-organisation-type-error = તમે ક્યાં કામ કરો છો, તે પસંદ કરો
q-organisation-name = તમારી સંસ્થાનું નામ (મરજિયાત)

step-referral-your-details = તમારી વિગતો
q-referrer-name = તમારું નામ
q-referrer-name-error = તમારું નામ લખો
q-referrer-phone = તમારો ફોન નંબર
q-referrer-phone-error = તમારો ફોન નંબર લખો
q-referrer-email = તમારું ઇમેઇલ સરનામું (મરજિયાત)

q-agreed = શું તે વ્યક્તિ આ અરજી માટે સંમત છે?
q-agreed-hint = જે અમારી મદદ ઇચ્છે છે, ફક્ત તેમને જ અમે મદદ કરી શકીએ છીએ. જો તમે પોલીસ અધિકારી હો અને તમે હજી તેમને પૂછ્યું ન હોય, તો અમે તમારા વતી તેમને પૂછી શકીએ છીએ.
q-agreed-yes = હા, તેઓ સંમત છે
q-agreed-not-asked = મેં હજી તેમને પૂછ્યું નથી
q-agreed-no = ના, તેઓ સંમત નથી
q-agreed-error = તેઓ સંમત છે કે નહીં, તે પસંદ કરો

step-referral-need-agreement = પહેલાં તે વ્યક્તિની સંમતિ જરૂરી છે
step-referral-need-agreement-body =
    પુનઃસ્થાપન ન્યાય ત્યારે જ કામ કરે છે, જ્યારે લોકો જાતે તેને પસંદ કરે. તેથી તે વ્યક્તિ તેના વિશે જાણતી હોય અને સંમત હોય, ત્યારે જ અમે અરજી લઈ શકીએ છીએ.

    તમે તેમને આ વેબસાઇટ વિશે કહી શકો છો, અથવા અમારો ફોન નંબર આપી શકો છો. તેઓ જાતે સંપર્ક કરી શકે છે, અથવા તમને આ મોકલવા માટે હા પાડી શકે છે.

    જો તમને તેમની સલામતીની ચિંતા હોય, તો કટોકટીમાં 999 પર ફોન કરો. કટોકટી ન હોય, તો 101 પર ફોન કરો.

step-referral-we-will-ask = અમે તમારા વતી તેમને પૂછીશું
step-referral-we-will-ask-body =
    આભાર. તેમને હજી પૂછવામાં આવ્યું નથી, તેથી અમે પહેલાં તેમનો સંપર્ક કરીશું અને પૂછીશું કે શું તેઓ અમારી મદદ ઇચ્છે છે. તેઓ હા પાડે નહીં ત્યાં સુધી બીજું કંઈ નહીં થાય.

    આગળ વધો અને તમે જે જાણો છો તે અમને જણાવો. જે બાબતની તમને ખાતરી ન હોય, તે તમે છોડી શકો છો.

## Referral: what happened

q-connection = જે બન્યું, તેની સાથે તમારો શું સંબંધ છે?
q-connection-harmed = મને નુકસાન થયું હતું
q-connection-family-harmed = મારા પરિવારમાં કોઈને નુકસાન થયું હતું
q-connection-bereaved = મારા પરિવારમાં કોઈનું ગુનાને કારણે મૃત્યુ થયું
q-connection-caused-harm = મેં નુકસાન પહોંચાડ્યું હતું
q-connection-other-affected = મને બીજી રીતે અસર થઈ હતી
q-connection-error = તમારો શું સંબંધ છે, તે પસંદ કરો
q-connection-them = જે બન્યું, તેની સાથે તે વ્યક્તિનો શું સંબંધ છે?
q-connection-them-harmed = તેમને નુકસાન થયું હતું
q-connection-them-family-harmed = તેમના પરિવારમાં કોઈને નુકસાન થયું હતું
q-connection-them-bereaved = તેમના પરિવારમાં કોઈનું ગુનાને કારણે મૃત્યુ થયું
q-connection-them-caused-harm = તેમણે નુકસાન પહોંચાડ્યું હતું
q-connection-them-other-affected = તેમને બીજી રીતે અસર થઈ હતી
q-connection-them-error = તેમનો શું સંબંધ છે, તે પસંદ કરો

step-referral-what-happened = શું બન્યું
q-crime-type = ગુનો કયા પ્રકારનો હતો?
q-crime-type-hint = સૌથી નજીકનો વિકલ્પ પસંદ કરો. તમારે વિગતો આપવાની જરૂર નથી.
q-crime-type-violence = હિંસા કે મારપીટ
q-crime-type-sexual = જાતીય ગુનો
q-crime-type-domestic-abuse = ઘરેલુ હિંસા
q-crime-type-hate-crime = નફરતથી પ્રેરિત ગુનો (hate crime)
q-crime-type-burglary = ઘર કે મકાનમાં ઘૂસીને ચોરી
q-crime-type-robbery = લૂંટ
q-crime-type-theft = ચોરી
q-crime-type-criminal-damage = મિલકતને નુકસાન
q-crime-type-fraud-online = છેતરપિંડી કે ઓનલાઇન ગુનો
q-crime-type-harassment = હેરાનગતિ કે પીછો કરવો (stalking)
q-crime-type-driving = ડ્રાઇવિંગને લગતો ગુનો
q-crime-type-asb = અસામાજિક વર્તન, જેમ કે ઘોંઘાટ કે ત્રાસ
q-crime-type-not-crime = એવું નુકસાન જે ગુનો ન હતું, જેમ કે શાળામાં કે કામ પર
q-crime-type-other = બીજું કંઈક
q-crime-type-prefer-not = મારે નથી જણાવવું
q-crime-type-error = ગુનાનો પ્રકાર પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો
q-markers = શું આમાંનું કંઈ સાચું હતું? (મરજિયાત)
q-markers-hate = તે મારી ઓળખને કારણે થયું હતું, જેમ કે મારો વંશ, ધર્મ, વિકલાંગતા, જાતીય અભિગમ કે જેન્ડર
q-markers-online = તે ઓનલાઇન થયું હતું
q-markers-domestic = તે પાર્ટનર, ભૂતપૂર્વ પાર્ટનર કે પરિવારના સભ્યએ કર્યું હતું

step-referral-not-a-crime = અમે ગુના પછી મદદ કરીએ છીએ
step-referral-not-a-crime-body =
    અમારી સેવા ગુનાથી થયેલા નુકસાન માટે છે. શાળામાં, કામ પર કે ઘરમાં થયેલું નુકસાન જો ગુનો ન હોય, તો શાળા, નોકરીદાતા કે સ્થાનિક મધ્યસ્થી સેવા મદદ કરી શકે.

    તમે હજી પણ તમારી વિગતો અમને મોકલી શકો છો. અમે તે વાંચીને તમને જણાવીશું કે કોણ મદદ કરી શકે.

step-referral-anti-social-behaviour = અસામાજિક વર્તન માટે મદદ
step-referral-anti-social-behaviour-body =
    અસામાજિક વર્તન, જેમ કે પડોશીઓનો ઘોંઘાટ કે ત્રાસ, સામાન્ય રીતે ગુનો નથી. આ માટે તમારી સ્થાનિક કાઉન્સિલ કે હાઉસિંગ સંસ્થા પાસે ઘણી વાર મફત મધ્યસ્થી સેવા હોય છે.

    તમે હજી પણ તમારી વિગતો અમને મોકલી શકો છો. અમે તે વાંચીને તમને જણાવીશું કે કોણ મદદ કરી શકે.

step-referral-when = ક્યારે બન્યું
q-when = તે ક્યારે બન્યું?
q-when-date = મને મહિનો અને વર્ષ ખબર છે
q-when-years-ago = મને આશરે ખબર છે કે કેટલાં વર્ષ પહેલાં
q-when-not-sure = મને ખાતરી નથી
q-when-error = તે ક્યારે બન્યું, તે પસંદ કરો
q-when-month = મહિનો
q-when-month-error = મહિનો પસંદ કરો
q-when-year = વર્ષ
q-when-year-hint = દાખલા તરીકે, 2024
q-when-year-error = વર્ષ લખો
q-when-years = કેટલાં વર્ષ પહેલાં?
q-when-years-error = કેટલાં વર્ષ પહેલાં, તે લખો
q-how-long = તે કેટલા સમય સુધી ચાલ્યું? (મરજિયાત)
q-how-long-hint = અમુક નુકસાન એક જ વાર થાય છે. અમુક નુકસાન લાંબા સમય સુધી ચાલે છે.
q-how-long-once = તે એક વાર થયું, અથવા થોડા દિવસો સુધી ચાલ્યું
q-how-long-up-to-3-years = તે ૩ વર્ષ સુધી ચાલ્યું
q-how-long-more-than-3-years = તે ૩ વર્ષથી વધુ સમય ચાલ્યું
q-how-long-not-sure = મને ખાતરી નથી
q-ongoing = શું તે હજી પણ થઈ રહ્યું છે, અથવા તમને ચિંતા છે કે તે ફરી થશે? (મરજિયાત)
q-ongoing-yes = હા
q-ongoing-no = ના
q-ongoing-not-sure = મને ખાતરી નથી

step-referral-police = પોલીસ અને કોર્ટ
q-reported = શું પોલીસને તેની જાણ કરવામાં આવી હતી?
q-reported-hint = અમારી મદદ માગવા માટે તમે પોલીસને જણાવ્યું હોય, તે જરૂરી નથી.
q-reported-yes = હા
q-reported-no = ના
q-reported-not-sure = મને ખાતરી નથી
q-reported-error = હા, ના, અથવા ખાતરી નથી પસંદ કરો
q-crime-reference = ક્રાઇમ રેફરન્સ નંબર (મરજિયાત)
q-crime-reference-hint = ફક્ત જો તે તમારી પાસે હાથવગો હોય તો.
q-stage = હાલ તેમાં શું ચાલી રહ્યું છે?
q-stage-not-reported = તેની જાણ કરવામાં આવી ન હતી
q-stage-investigating = પોલીસ તપાસ કરી રહી છે
q-stage-awaiting-court = કેસ કોર્ટમાં જવાની રાહ જોવાય છે
q-stage-prison = કોઈને જેલની સજા થઈ
q-stage-community = કોઈને કોમ્યુનિટી સજા (community sentence) થઈ
q-stage-finished = બધું પૂરું થઈ ગયું છે
q-stage-no-further-action = પોલીસે આગળ કોઈ પગલાં લીધાં નથી
q-stage-dont-know = મને ખબર નથી
q-stage-error = હાલ શું ચાલી રહ્યું છે, તે પસંદ કરો
q-agencies = શું પોલીસ ઉપરાંત બીજી સેવાઓ પણ તેમાં સામેલ છે? (મરજિયાત)
q-agencies-hint = દાખલા તરીકે, સોશિયલ સર્વિસીસ, સપોર્ટ વર્કર, માનસિક સ્વાસ્થ્ય ટીમ કે શાળા.
q-agencies-yes = હા
q-agencies-no = ના
q-agencies-not-sure = મને ખાતરી નથી

step-referral-where = ક્યાં
q-area-happened = તે ક્યાં બન્યું?
q-area-happened-error = તે ક્યાં બન્યું, તે પસંદ કરો
q-area-lives = તમે ક્યાં રહો છો?
q-area-lives-error = તમે ક્યાં રહો છો, તે પસંદ કરો
q-area-lives-them = તે વ્યક્તિ ક્યાં રહે છે?
q-area-lives-them-error = તેઓ ક્યાં રહે છે, તે પસંદ કરો
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
q-area-happened-elsewhere = બીજે ક્યાંક
q-area-happened-not-sure = મને ખાતરી નથી
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
q-area-lives-elsewhere = બીજે ક્યાંક
q-area-lives-not-sure = મને ખાતરી નથી

step-referral-outside-area = West Midlands વિસ્તારની બહાર મદદ
step-referral-outside-area-body =
    અમે West Midlands વિસ્તારમાં કામ કરીએ છીએ. England અને Wales માં બધે પુનઃસ્થાપન ન્યાયની સેવાઓ છે. અમે તમારી વિગતો તમારી નજીકની સેવાને મોકલી શકીએ છીએ.

    તમે હજી પણ તમારી વિગતો અમને મોકલી શકો છો. અમે યોગ્ય સેવા સાથે વાત કરીને તમને જણાવીશું.

step-referral-other-person = બીજી વ્યક્તિ
q-other-age = નુકસાન પહોંચાડનાર વ્યક્તિની ઉંમર કેટલી છે?
q-other-age-hint = જો તમે નુકસાન પહોંચાડ્યું હોય, તો જેમને નુકસાન પહોંચાડ્યું, તેમના વિશે જણાવો.
q-other-age-under-18 = ૧૮ વર્ષથી ઓછી
q-other-age-adult = ૧૮ વર્ષ કે તેથી વધુ
q-other-age-dont-know = મને ખબર નથી
q-other-age-error = ઉંમર પસંદ કરો, અથવા "મને ખબર નથી" પસંદ કરો
q-other-age-them = નુકસાન પહોંચાડનાર વ્યક્તિની ઉંમર કેટલી છે?
q-other-age-them-hint = જે વ્યક્તિ માટે તમે આ અરજી કરી રહ્યા છો, જો તેમણે નુકસાન પહોંચાડ્યું હોય, તો જેમને તેમણે નુકસાન પહોંચાડ્યું, તેમના વિશે જણાવો.
q-other-age-them-error = ઉંમર પસંદ કરો, અથવા "મને ખબર નથી" પસંદ કરો
q-other-known = શું તમે જાણો છો કે તે વ્યક્તિ કોણ છે?
q-other-known-yes = હા
q-other-known-no = ના
q-other-known-not-sure = મને ખાતરી નથી
q-other-known-error = હા, ના, અથવા ખાતરી નથી પસંદ કરો
q-how-many = કેટલા લોકોએ નુકસાન પહોંચાડ્યું?
q-how-many-one = એક વ્યક્તિ
q-how-many-two-or-three = ૨ કે ૩ લોકો
q-how-many-more-than-three = ૩ થી વધુ લોકો
q-how-many-dont-know = મને ખબર નથી
q-how-many-error = કેટલા લોકો, તે પસંદ કરો
q-how-many-harmed = કેટલા લોકોને નુકસાન થયું હતું? (મરજિયાત)
q-how-many-harmed-one = એક વ્યક્તિ
q-how-many-harmed-two-or-three = ૨ કે ૩ લોકો
q-how-many-harmed-more-than-three = ૩ થી વધુ લોકો
q-how-many-harmed-dont-know = મને ખબર નથી
q-vulnerable = શું તેમાં સામેલ કોઈને સુરક્ષિત રીતે ભાગ લેવા માટે વધારાની કાળજીની જરૂર છે? (મરજિયાત)
q-vulnerable-hint = દાખલા તરીકે, તેમની ઉંમર, કોઈ વિકલાંગતા કે તેમના માનસિક સ્વાસ્થ્યને કારણે.
q-vulnerable-yes = હા
q-vulnerable-no = ના
q-vulnerable-not-sure = મને ખાતરી નથી

step-referral-young-person = જ્યારે કોઈ યુવાને નુકસાન પહોંચાડ્યું હોય
step-referral-young-person-body =
    જ્યારે નુકસાન પહોંચાડનાર વ્યક્તિની ઉંમર ૧૮ વર્ષથી ઓછી હોય, ત્યારે સામાન્ય રીતે સ્થાનિક youth offending team આગેવાની લે છે. આ કાયદો તોડનાર ૧૮ વર્ષથી નાના યુવાનો માટેની કાઉન્સિલની ટીમ છે. અમે પહેલાં તેમની સાથે વાત કરીશું, અને ખાતરી કરીશું કે તમને યોગ્ય મદદ મળે.

    તમે હજી પણ તમારી વિગતો અમને મોકલી શકો છો.

## Referral: in your own words, about you

step-referral-own-words = તમારા પોતાના શબ્દોમાં (મરજિયાત)
q-story = શું બન્યું હતું?
q-story-hint = તમે જેટલું કહેવા માગો, ફક્ત એટલું જ કહો. તમે આ ખાલી છોડી શકો છો.
q-hopes = તમે શું થાય એવું ઇચ્છો છો?
q-hopes-hint = દાખલા તરીકે, કોઈ પ્રશ્ન પૂછવો, તમારી વાત સંભળાય, અથવા માફી મળે.
q-hopes-them = તે વ્યક્તિ શું થાય એવું ઇચ્છે છે?
q-hopes-them-hint = દાખલા તરીકે, કોઈ પ્રશ્ન પૂછવો, તેમની વાત સંભળાય, અથવા માફી મળે.

step-referral-about-you = તમારા વિશે
step-referral-about-you-them = તે વ્યક્તિ વિશે
q-name = અમે તમને કયા નામથી બોલાવીએ?
q-name-hint = તે તમારું પહેલું નામ, અથવા તમને ગમતું કોઈ નામ હોઈ શકે.
q-name-error = અમે તમને કયા નામથી બોલાવીએ, તે લખો
q-name-them = અમે તે વ્યક્તિને કયા નામથી બોલાવીએ?
q-name-them-hint = તે તેમનું પહેલું નામ, અથવા તેમને ગમતું કોઈ નામ હોઈ શકે.
q-name-them-error = અમે તે વ્યક્તિને કયા નામથી બોલાવીએ, તે લખો
q-age-band = તમારી ઉંમર કેટલી છે?
q-age-band-under-18 = ૧૮ વર્ષથી ઓછી
q-age-band-18-24 = ૧૮ થી ૨૪
q-age-band-25-34 = ૨૫ થી ૩૪
q-age-band-35-44 = ૩૫ થી ૪૪
q-age-band-45-54 = ૪૫ થી ૫૪
q-age-band-55-64 = ૫૫ થી ૬૪
q-age-band-65-plus = ૬૫ કે તેથી વધુ
q-age-band-prefer-not = મારે નથી જણાવવું
q-age-band-error = તમારી ઉંમર પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો
q-age-band-them = તેમની ઉંમર કેટલી છે?
q-age-band-them-error = તેમની ઉંમર પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો

step-referral-under-18 = જો તમારી ઉંમર ૧૮ વર્ષથી ઓછી હોય
step-referral-under-18-body =
    તમે કોઈ પણ ઉંમરે પુનઃસ્થાપન ન્યાયમાં ભાગ લઈ શકો છો. તમારે માતા-પિતાની મંજૂરીની જરૂર નથી.

    જો તમે ઇચ્છો, તો અમે ખાતરી કરીશું કે તમને સાથ આપવા કોઈ પુખ્ત વ્યક્તિ તમારી સાથે હોય, જેમ કે માતા-પિતા, કેરર કે યુથ વર્કર.

step-referral-under-18-them = જો તે વ્યક્તિની ઉંમર ૧૮ વર્ષથી ઓછી હોય
step-referral-under-18-them-body =
    કોઈ પણ વ્યક્તિ કોઈ પણ ઉંમરે પુનઃસ્થાપન ન્યાયમાં ભાગ લઈ શકે છે. તેમને માતા-પિતાની મંજૂરીની જરૂર નથી.

    જો તેઓ ઇચ્છે, તો અમે ખાતરી કરીશું કે તેમને સાથ આપવા કોઈ પુખ્ત વ્યક્તિ તેમની સાથે હોય, જેમ કે માતા-પિતા, કેરર કે યુથ વર્કર.

## Referral: contacting you safely

step-referral-contact = તમારો સંપર્ક કેવી રીતે કરવો
step-referral-contact-them = તે વ્યક્તિનો સંપર્ક કેવી રીતે કરવો
q-contact-ways = અમે તમારો સંપર્ક કેવી રીતે કરી શકીએ?
q-contact-ways-hint = તમારા માટે સુરક્ષિત હોય એવી બધી રીતો પસંદ કરો.
q-contact-ways-phone = ફોન કૉલ
q-contact-ways-text = ટેક્સ્ટ મેસેજ
q-contact-ways-email = ઇમેઇલ
q-contact-ways-letter = પત્ર
q-contact-ways-error = સંપર્કની ઓછામાં ઓછી એક રીત પસંદ કરો
q-contact-ways-them = અમે તેમનો સંપર્ક કેવી રીતે કરી શકીએ?
q-contact-ways-them-hint = તેમના માટે સુરક્ષિત હોય એવી બધી રીતો પસંદ કરો.
q-contact-ways-them-error = તેમનો સંપર્ક કરવાની ઓછામાં ઓછી એક રીત પસંદ કરો
q-phone = ફોન નંબર
q-phone-error = ફોન નંબર લખો
q-email = ઇમેઇલ સરનામું
q-email-error = ઇમેઇલ સરનામું લખો
q-address = સરનામું
q-address-error = તમારું સરનામું લખો
q-address-them = તેમનું સરનામું
q-address-them-error = તેમનું સરનામું લખો
q-postcode = પોસ્ટકોડ
q-postcode-error = તમારો પોસ્ટકોડ લખો
q-postcode-them = તેમનો પોસ્ટકોડ
q-postcode-them-error = તેમનો પોસ્ટકોડ લખો

step-referral-contact-safety = સંપર્ક સુરક્ષિત રાખવો
q-voicemail-ok = અમે વોઇસ મેસેજ મૂકીએ કે ટેક્સ્ટ મોકલીએ, તો શું તે સુરક્ષિત છે?
q-voicemail-ok-hint = મેસેજમાં અમે ક્યારેય નહીં કહીએ કે તે શેના વિશે છે.
q-voicemail-ok-yes = હા
q-voicemail-ok-no = ના
q-voicemail-ok-error = હા કે ના પસંદ કરો
q-email-ok = શું તમને ઇમેઇલ કરવો સુરક્ષિત છે?
q-email-ok-yes = હા
q-email-ok-no = ના
q-email-ok-error = હા કે ના પસંદ કરો
q-email-ok-them = શું તેમને ઇમેઇલ કરવો સુરક્ષિત છે?
q-email-ok-them-error = હા કે ના પસંદ કરો
q-safe-times = તમારો સંપર્ક કરવાનું ક્યારે સુરક્ષિત છે? (મરજિયાત)
q-safe-times-hint = દાખલા તરીકે, સોમથી શુક્ર, બપોરે ૨ વાગ્યા પછી.
q-safe-times-them = તેમનો સંપર્ક કરવાનું ક્યારે સુરક્ષિત છે? (મરજિયાત)
q-safe-times-them-hint = દાખલા તરીકે, સોમથી શુક્ર, બપોરે ૨ વાગ્યા પછી.
q-caller-notes = ફોન કરનારે શું કહેવું જોઈએ કે શું ન કહેવું જોઈએ? (મરજિયાત)
q-caller-notes-hint = દાખલા તરીકે, "કહેજો કે તમે ડૉક્ટરના ક્લિનિકમાંથી બોલો છો" અથવા "Sam સાથે વાત કરવાનું કહેજો".

## Referral: your needs, your safety

step-referral-needs = તમને અમારી પાસેથી શું જોઈએ છે
step-referral-needs-them = તેમને અમારી પાસેથી શું જોઈએ છે
q-language = તમે કઈ ભાષા વાપરવા માગો છો? (મરજિયાત)
q-language-them = તેઓ કઈ ભાષા વાપરવા માગે છે? (મરજિયાત)
q-interpreter = શું તમને દુભાષિયા જોઈએ છે?
q-interpreter-yes = હા
q-interpreter-no = ના
q-interpreter-error = હા કે ના પસંદ કરો
q-interpreter-them = શું તેમને દુભાષિયા જોઈએ છે?
q-interpreter-them-error = હા કે ના પસંદ કરો
q-bsl = શું તમે British Sign Language (BSL, બ્રિટિશ સાંકેતિક ભાષા) વાપરો છો?
q-bsl-yes = હા
q-bsl-no = ના
q-bsl-error = હા કે ના પસંદ કરો
q-bsl-them = શું તેઓ British Sign Language (BSL, બ્રિટિશ સાંકેતિક ભાષા) વાપરે છે?
q-bsl-them-error = હા કે ના પસંદ કરો
q-access = શું આમાંથી કંઈ તમને મદદરૂપ થશે? (મરજિયાત)
q-access-them = શું આમાંથી કંઈ તેમને મદદરૂપ થશે? (મરજિયાત)
q-access-large-print = મોટા અક્ષરોમાં છાપેલું
q-access-easy-read = સહેલું વાંચન (Easy Read)
q-access-hearing = સાંભળવામાં મદદ
q-access-sight = જોવામાં મદદ
q-access-mobility = હરવા-ફરવામાં મદદ
q-access-learning-disability = શીખવાની અક્ષમતા (learning disability) માટે મદદ
q-access-mental-health = માનસિક સ્વાસ્થ્ય માટે મદદ
q-support-person = શું તમે ઇચ્છો છો કે તમને સાથ આપવા કોઈ તમારી સાથે હોય?
q-support-person-hint = દાખલા તરીકે, કોઈ મિત્ર, પરિવારના સભ્ય કે સપોર્ટ વર્કર.
q-support-person-yes = હા
q-support-person-no = ના
q-support-person-error = હા કે ના પસંદ કરો
q-support-person-them = શું તેઓ ઇચ્છે છે કે તેમને સાથ આપવા કોઈ તેમની સાથે હોય?
q-support-person-them-hint = દાખલા તરીકે, કોઈ મિત્ર, પરિવારના સભ્ય કે સપોર્ટ વર્કર.
q-support-person-them-error = હા કે ના પસંદ કરો

q-safe-now = શું તમે અત્યારે સુરક્ષિત છો?
q-safe-now-yes = હા
q-safe-now-no = ના
q-safe-now-not-sure = મને ખાતરી નથી
q-safe-now-error = હા, ના, અથવા ખાતરી નથી પસંદ કરો
q-safe-now-them = શું તે વ્યક્તિ અત્યારે સુરક્ષિત છે?
q-safe-now-them-error = હા, ના, અથવા ખાતરી નથી પસંદ કરો

step-referral-not-safe = હમણાં મદદ મેળવો
step-referral-not-safe-body =
    જો તમે જોખમમાં હો, તો હમણાં જ 999 પર ફોન કરો.

    જો તમે બોલી ન શકો, તો મોબાઇલ પરથી 999 પર ફોન કરો. કોઈનો અવાજ સંભળાય ત્યારે 55 દબાવો. તેનાથી પોલીસને ખબર પડે છે કે આ સાચી કટોકટી છે.

    જો કટોકટી ન હોય, તો પોલીસને 101 પર ફોન કરો.

    તમે તૈયાર હો ત્યારે, આ ફોર્મ ચાલુ રાખી શકો છો. તમારો સંપર્ક કરતી વખતે અમે વધારે કાળજી રાખીશું.

step-referral-not-safe-them = હમણાં મદદ મેળવો
step-referral-not-safe-them-body =
    જો તે વ્યક્તિ જોખમમાં હોય, તો હમણાં જ 999 પર ફોન કરો.

    જો કટોકટી ન હોય, તો પોલીસને 101 પર ફોન કરો.

    તમે તૈયાર હો ત્યારે, આ ફોર્મ ચાલુ રાખી શકો છો. તેમનો સંપર્ક કરતી વખતે અમે વધારે કાળજી રાખીશું.

## Referral: check, consent, send

step-referral-check = તમારા જવાબો તપાસો
step-referral-consent = તમારી સંમતિ
step-referral-consent-body =
    ભાગ લેવો એ તમારી પસંદગી છે. તમે કોઈ પણ સમયે અટકી શકો છો, આ મોકલ્યા પછી પણ.

    અમે તમારા જવાબો તમારો સંપર્ક કરવા, અને હવે પછી શું થશે તેનું આયોજન કરવા વાપરીશું. અમે તેને સુરક્ષિત રાખીએ છીએ. જરૂર હોય ત્યારે જ શેર કરીએ છીએ, દાખલા તરીકે કોઈને નુકસાનથી બચાવવા.
q-consent = તમારી સંમતિ
q-consent-agree = પુનઃસ્થાપન ન્યાય વિશે મારો સંપર્ક કરવા માટે તમે મારા જવાબો વાપરો, તેમાં હું સંમત છું
q-consent-error = સંમતિ આપવા માટે ખાનામાં ટિક કરો, જેથી અમે તમારો સંપર્ક કરી શકીએ
step-referral-consent-them = આ અરજી મોકલવી
step-referral-consent-them-body =
    ભાગ લેવો એ હંમેશાં તે વ્યક્તિની પોતાની પસંદગી છે. તેઓ કોઈ પણ સમયે અટકી શકે છે, તમે આ મોકલો તે પછી પણ.

    અમે આ જવાબો તે વ્યક્તિનો, અને જરૂર પડે તો તમારો, સંપર્ક કરવા, અને હવે પછી શું થશે તેનું આયોજન કરવા વાપરીશું. અમે તેને સુરક્ષિત રાખીએ છીએ. જરૂર હોય ત્યારે જ શેર કરીએ છીએ, દાખલા તરીકે કોઈને નુકસાનથી બચાવવા.
q-consent-them = તમારી સંમતિ
q-consent-them-agree = પુનઃસ્થાપન ન્યાય વિશે તે વ્યક્તિનો, અને જરૂર હોય તો મારો, સંપર્ક કરવા માટે તમે આ જવાબો વાપરો, તેમાં હું સંમત છું
q-consent-them-error = સંમતિ આપવા માટે ખાનામાં ટિક કરો, જેથી અમે તે વ્યક્તિનો સંપર્ક કરી શકીએ

## Call back

step-call-back-your-details = તમારી વિગતો
step-call-back-when = ક્યારે ફોન કરવો
q-call-days = કયા દિવસો સૌથી સારા છે? (મરજિયાત)
q-call-days-monday = સોમવાર
q-call-days-tuesday = મંગળવાર
q-call-days-wednesday = બુધવાર
q-call-days-thursday = ગુરુવાર
q-call-days-friday = શુક્રવાર
q-call-times = દિવસનો કયો સમય સૌથી સારો છે? (મરજિયાત)
q-call-times-morning = સવાર
q-call-times-lunchtime = બપોરના જમવાનો સમય
q-call-times-afternoon = બપોર પછી
step-call-back-language = ભાષા
q-call-reason = તમે શેના વિશે વાત કરવા માગો છો? (મરજિયાત)
q-call-reason-hint = થોડા શબ્દો પૂરતા છે. તમે આ ખાલી છોડી શકો છો.
step-call-back-check = તમારા જવાબો તપાસો
step-call-back-consent = તમારી સંમતિ
step-call-back-consent-body =
    અમે તમારો ફોન નંબર ફક્ત પુનઃસ્થાપન ન્યાય વિશે તમને પાછો ફોન કરવા માટે વાપરીશું.

## Withdrawal

step-withdrawal-details = તમારી અરજી બંધ કરો
step-withdrawal-details-body =
    તમારો રેફરન્સ નંબર જણાવો, અને તે તમે જ છો તે અમે કેવી રીતે તપાસી શકીએ, તે પણ જણાવો. અહીં અમે તમારી અરજી વિશે કંઈ બતાવીશું નહીં.
q-reference = તમારો રેફરન્સ નંબર
q-reference-hint = તે RJ થી શરૂ થાય છે, જેમ કે RJ-HK4M-7TWX
q-reference-error = તમારો રેફરન્સ નંબર લખો
q-withdraw-contact = તમારો ફોન નંબર કે ઇમેઇલ સરનામું
q-withdraw-contact-hint = જે તમે અમને આપ્યું હતું, જેથી અમે તપાસી શકીએ કે તે તમે જ છો.
q-withdraw-contact-error = તમારો ફોન નંબર કે ઇમેઇલ સરનામું લખો
q-withdraw-reason = તમે શા માટે અટકવા માગો છો? (મરજિયાત)
q-withdraw-reason-hint = તમારે અમને કહેવાની જરૂર નથી.
q-withdraw-confirm = પુષ્ટિ કરો
q-withdraw-confirm-confirm = મારે મારી અરજી બંધ કરવી છે
q-withdraw-confirm-error = તમે અટકવા માગો છો, તેની પુષ્ટિ કરવા ખાનામાં ટિક કરો

## Confirmation

sent-referral-title = અમને તમારી અરજી મળી છે
sent-call-back-title = અમે તમને પાછો ફોન કરીશું
sent-withdrawal-title = અરજી બંધ કરવાની તમારી વિનંતી અમને મળી છે
sent-reference = તમારો રેફરન્સ નંબર છે
sent-keep-reference = આ નંબર સાચવીને રાખો. આ વિશે અમારો સંપર્ક કરો ત્યારે તમારે તે જોઈશે.
sent-next-heading = હવે પછી શું થશે
sent-referral-next = તમે જે રીતને સુરક્ષિત કહી છે, તે રીતે અમારી ટીમના એક સભ્ય { $date } સુધીમાં તમારો સંપર્ક કરશે.
sent-call-back-next = અમે { $date } સુધીમાં તમને ફોન કરીશું.
sent-withdrawal-next = અમે તમારી અરજી પરનું કામ બંધ કરીશું. જો તમારો સંપર્ક કરવો સુરક્ષિત હોય, તો { $date } સુધીમાં તેની પુષ્ટિ કરીશું.
sent-contact-heading = અમારો સંપર્ક કરો
sent-withdraw-heading = જો તમારો વિચાર બદલાય
sent-withdraw-text = તમે કોઈ પણ સમયે અટકી શકો છો.
sent-withdraw-link = તમારી અરજી બંધ કરો
sent-support-heading = રાહ જુઓ ત્યાં સુધી મદદ
sent-support-text = તમે પુનઃસ્થાપન ન્યાયમાં ભાગ લો કે ન લો, Victim Support (ગુનાથી પીડિત લોકોને મદદ કરતી સંસ્થા) પાસેથી કોઈ પણ સમયે મફત મદદ મેળવી શકો છો. કટોકટીમાં 999 પર ફોન કરો.
sent-print = યાદ રાખવા માટે, તમારો રેફરન્સ નંબર લખી લો, અથવા આ પાનું છાપી લો.
sent-equality-heading = અમને ન્યાયી રહેવામાં મદદ કરો (મરજિયાત)
sent-equality-text = તમારા વિશેના થોડા પ્રશ્નો અમને તપાસવામાં મદદ કરે છે કે અમે દરેક સાથે ન્યાયી છીએ. તમારા જવાબો તમારી અરજીથી અલગ રાખવામાં આવે છે.
sent-equality-link = સમાનતા વિશેના પ્રશ્નોના જવાબ આપો
sent-home-link = હોમ પેજ પર જાઓ

## Equality monitoring

step-referral-equality = અમને ન્યાયી રહેવામાં મદદ કરો
step-referral-equality-body =
    આ પ્રશ્નો મરજિયાત છે. તમારા જવાબો તમારી અરજીથી અલગ રાખવામાં આવે છે. અમે કેટલા લોકોને મદદ કરીએ છીએ, ફક્ત તે ગણવા માટે તે વપરાય છે.
q-eq-age = તમારી ઉંમર કેટલી છે?
q-eq-age-under-18 = ૧૮ વર્ષથી ઓછી
q-eq-age-18-24 = ૧૮ થી ૨૪
q-eq-age-25-34 = ૨૫ થી ૩૪
q-eq-age-35-44 = ૩૫ થી ૪૪
q-eq-age-45-54 = ૪૫ થી ૫૪
q-eq-age-55-64 = ૫૫ થી ૬૪
q-eq-age-65-plus = ૬૫ કે તેથી વધુ
q-eq-age-prefer-not = મારે નથી જણાવવું
q-eq-sex = તમારું લિંગ શું છે?
q-eq-sex-female = સ્ત્રી
q-eq-sex-male = પુરુષ
q-eq-sex-prefer-not = મારે નથી જણાવવું
q-eq-gender-same = તમે તમારી જાતને જે જેન્ડરની માનો છો, તે શું જન્મ સમયે નોંધાયેલા તમારા લિંગ જેવું જ છે?
q-eq-gender-same-yes = હા
q-eq-gender-same-no = ના
q-eq-gender-same-prefer-not = મારે નથી જણાવવું
q-eq-ethnicity = તમારું વંશીય જૂથ કયું છે?
q-eq-ethnicity-white-british = શ્વેત: ઇંગ્લિશ, વેલ્શ, સ્કોટિશ, નોર્ધર્ન આઇરિશ કે બ્રિટિશ
q-eq-ethnicity-white-irish = શ્વેત: આઇરિશ
q-eq-ethnicity-white-gypsy-traveller = શ્વેત: જિપ્સી કે આઇરિશ ટ્રાવેલર
q-eq-ethnicity-white-roma = શ્વેત: રોમા
q-eq-ethnicity-white-other = શ્વેત: બીજી કોઈ પણ શ્વેત પૃષ્ઠભૂમિ
q-eq-ethnicity-mixed-white-black-caribbean = મિશ્ર: શ્વેત અને અશ્વેત કેરેબિયન
q-eq-ethnicity-mixed-white-black-african = મિશ્ર: શ્વેત અને અશ્વેત આફ્રિકન
q-eq-ethnicity-mixed-white-asian = મિશ્ર: શ્વેત અને એશિયન
q-eq-ethnicity-mixed-other = મિશ્ર: બીજી કોઈ પણ મિશ્ર કે એકથી વધુ પૃષ્ઠભૂમિ
q-eq-ethnicity-asian-indian = એશિયન કે એશિયન બ્રિટિશ: ભારતીય
q-eq-ethnicity-asian-pakistani = એશિયન કે એશિયન બ્રિટિશ: પાકિસ્તાની
q-eq-ethnicity-asian-bangladeshi = એશિયન કે એશિયન બ્રિટિશ: બાંગ્લાદેશી
q-eq-ethnicity-asian-chinese = એશિયન કે એશિયન બ્રિટિશ: ચાઇનીઝ
q-eq-ethnicity-asian-other = એશિયન કે એશિયન બ્રિટિશ: બીજી કોઈ પણ એશિયન પૃષ્ઠભૂમિ
q-eq-ethnicity-black-african = અશ્વેત, અશ્વેત બ્રિટિશ, કેરેબિયન કે આફ્રિકન: આફ્રિકન
q-eq-ethnicity-black-caribbean = અશ્વેત, અશ્વેત બ્રિટિશ, કેરેબિયન કે આફ્રિકન: કેરેબિયન
q-eq-ethnicity-black-other = અશ્વેત, અશ્વેત બ્રિટિશ, કેરેબિયન કે આફ્રિકન: બીજી કોઈ પણ પૃષ્ઠભૂમિ
q-eq-ethnicity-other-arab = બીજું વંશીય જૂથ: આરબ
q-eq-ethnicity-other-any = બીજું કોઈ પણ વંશીય જૂથ
q-eq-ethnicity-prefer-not = મારે નથી જણાવવું
q-eq-disability = શું તમને કોઈ વિકલાંગતા કે લાંબા ગાળાની આરોગ્ય સમસ્યા છે?
q-eq-disability-yes = હા
q-eq-disability-no = ના
q-eq-disability-prefer-not = મારે નથી જણાવવું

## Too many tries

busy-title = કૃપા કરીને થોડી વાર રાહ જુઓ
busy-text =
    ટૂંકા સમયમાં તમારા કનેક્શન પરથી અમને ઘણા જવાબો મળ્યા છે. કૃપા કરીને { $minutes ->
        [one] { $minutes } મિનિટ
       *[other] { $minutes } મિનિટ
    } રાહ જુઓ, પછી ફરી પ્રયત્ન કરો.
busy-back = તમારા જવાબો પર પાછા જવા, તમારા બ્રાઉઝરનું Back (પાછા) બટન વાપરો. તમારા જવાબો હજી ત્યાં જ છે.

## Our database is not answering

store-down-title = અત્યારે અમે તમારા જવાબો સાચવી શકતા નથી
store-down-text = અમારી બાજુએ કોઈ સમસ્યા છે. તમે અગાઉનાં પાનાં પર આપેલા જવાબો સચવાયેલા છે. તમે આ પાના પર જે લખ્યું છે તે હજી તમારા બ્રાઉઝરમાં છે: તેના પર પાછા જવા, તમારા બ્રાઉઝરનું Back (પાછા) બટન વાપરો, અને થોડી મિનિટો પછી ફરી પ્રયત્ન કરો. જો એવું વારંવાર થાય, તો અમને { $phone } પર ફોન કરો.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = અમને જણાવો કે બધું કેવું રહ્યું
feedback-intro = ભાગ લેવા બદલ આભાર. તમારા જવાબો બીજા લોકો માટે અમારી સેવા વધુ સારી બનાવવામાં અમને મદદ કરે છે. અમે ફક્ત જવાબોની ગણતરી કરીએ છીએ: કોઈ પણ તેમને તમારા નામ સાથે વાંચતું નથી.
feedback-prefer-not = કોઈ પણ પ્રશ્ન માટે તમે "મારે નથી જણાવવું" પસંદ કરી શકો છો.
q-fb-service = અમે તમને જે સેવા આપી, તેનાથી તમે કેટલા સંતુષ્ટ છો?
q-fb-service-very-satisfied = ખૂબ સંતુષ્ટ
q-fb-service-satisfied = સંતુષ્ટ
q-fb-service-neither = ન સંતુષ્ટ, ન અસંતુષ્ટ
q-fb-service-dissatisfied = અસંતુષ્ટ
q-fb-service-very-dissatisfied = ખૂબ અસંતુષ્ટ
q-fb-service-prefer-not = મારે નથી જણાવવું
q-fb-service-error = તમે કેટલા સંતુષ્ટ છો તે પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો
q-fb-outcome = છેવટે જે થયું, તેનાથી તમે કેટલા સંતુષ્ટ છો?
q-fb-outcome-very-satisfied = ખૂબ સંતુષ્ટ
q-fb-outcome-satisfied = સંતુષ્ટ
q-fb-outcome-neither = ન સંતુષ્ટ, ન અસંતુષ્ટ
q-fb-outcome-dissatisfied = અસંતુષ્ટ
q-fb-outcome-very-dissatisfied = ખૂબ અસંતુષ્ટ
q-fb-outcome-prefer-not = મારે નથી જણાવવું
q-fb-outcome-error = તમે કેટલા સંતુષ્ટ છો તે પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો
q-fb-safety = પહેલાંની સરખામણીમાં, હવે તમે પોતાને કેટલા સુરક્ષિત અનુભવો છો?
q-fb-safety-better = પહેલાં કરતાં વધુ સુરક્ષિત
q-fb-safety-same = લગભગ પહેલાં જેવું જ
q-fb-safety-worse = પહેલાં કરતાં ઓછું સુરક્ષિત
q-fb-safety-prefer-not = મારે નથી જણાવવું
q-fb-safety-error = કોઈ એક જવાબ પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો
q-fb-wellbeing = પહેલાંની સરખામણીમાં, હવે તમે પોતે કેવું અનુભવો છો?
q-fb-wellbeing-better = પહેલાં કરતાં સારું
q-fb-wellbeing-same = લગભગ પહેલાં જેવું જ
q-fb-wellbeing-worse = પહેલાં કરતાં ખરાબ
q-fb-wellbeing-prefer-not = મારે નથી જણાવવું
q-fb-wellbeing-error = કોઈ એક જવાબ પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો
q-fb-coping = પહેલાંની સરખામણીમાં, જે બન્યું તેનો સામનો હવે તમે કેટલી સારી રીતે કરી શકો છો?
q-fb-coping-better = પહેલાં કરતાં સારું
q-fb-coping-same = લગભગ પહેલાં જેવું જ
q-fb-coping-worse = પહેલાં કરતાં ખરાબ
q-fb-coping-prefer-not = મારે નથી જણાવવું
q-fb-coping-error = કોઈ એક જવાબ પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો
q-fb-confidence = પહેલાંની સરખામણીમાં, હવે તમને પોલીસ અને કોર્ટ પર કેટલો વિશ્વાસ છે?
q-fb-confidence-better = પહેલાં કરતાં વધુ વિશ્વાસ
q-fb-confidence-same = લગભગ પહેલાં જેવું જ
q-fb-confidence-worse = પહેલાં કરતાં ઓછો વિશ્વાસ
q-fb-confidence-prefer-not = મારે નથી જણાવવું
q-fb-confidence-error = કોઈ એક જવાબ પસંદ કરો, અથવા "મારે નથી જણાવવું" પસંદ કરો
feedback-gone-title = આ લિંક હવે કામ કરતી નથી
feedback-gone-text = પ્રતિભાવ આપવાની દરેક લિંક ફક્ત એક જ વાર, અને ફક્ત થોડાં અઠવાડિયાં સુધી કામ કરે છે. જો તમે હજી પણ અમને જણાવવા માગતા હો કે બધું કેવું રહ્યું, તો અમને { $phone } પર ફોન કરો.
feedback-thanks-title = આભાર
feedback-thanks-text = અમને તમારા જવાબો મળી ગયા છે. તે હવે પછીની વ્યક્તિ માટે અમારી સેવા વધુ સારી બનાવવામાં અમને મદદ કરે છે.
