## Shared by every page

language-name = ગુજરાતી
language-switcher-label = ભાષા પસંદ કરો
skip-to-content = સીધા મુખ્ય માહિતી પર જાઓ
quick-exit = આ સાઇટમાંથી બહાર નીકળો
quick-exit-keyboard = હમણાં જ આ સાઇટમાંથી બહાર નીકળો
quick-exit-hint = અથવા Shift કી ૩ વાર દબાવો
contact-phone-label = મફત ફોન:
contact-email-label = ઇમેઇલ:
footer-nav-label = આ સાઇટ વિશે
footer-privacy = ગોપનીયતા
footer-accessibility = સુલભતા
footer-cookies = કૂકીઝ
footer-complaints = ફરિયાદો
footer-contact = અમારો સંપર્ક કરો
footer-promise = મફત, ખાનગી અને તમારી પસંદગી.

## Home page

home-title = પુનઃસ્થાપન ન્યાય (restorative justice): ગુના પછી મદદ
promise-free = તે મફત છે.
promise-confidential = તે ખાનગી છે. તમે અમને જે કહો છો, તે અમે સુરક્ષિત રાખીએ છીએ.
promise-choice = નિર્ણય તમારો છે. તમે કોઈ પણ સમયે અટકી શકો છો.
home-contact-heading = અમારી સાથે વાત કરો
home-contact-text = અમને ફોન કરો અથવા ઇમેઇલ મોકલો. અમે તમારા માટે દુભાષિયાની વ્યવસ્થા કરી શકીએ છીએ.
home-danger-heading = જો તમે અત્યારે જોખમમાં હો
home-danger-text = 999 પર ફોન કરો. જો તમે બોલી ન શકો, તો મોબાઇલ પરથી 999 પર ફોન કરો. પછી કોઈનો અવાજ સંભળાય ત્યારે 55 દબાવો.

## Not found

not-found-title = પાનું મળ્યું નથી
not-found-text = અમને તે પાનું મળતું નથી. સરનામું ખોટું હોઈ શકે, અથવા પાનું બીજી જગ્યાએ ખસેડાયું હોઈ શકે.
not-found-home-link = અંગ્રેજીમાં હોમ પેજ પર જાઓ

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = ભાષા
languages-title = ભાષાઓ
languages-intro = તમે આ વેબસાઇટ આ ભાષાઓમાં વાંચી શકો છો. દરેક ભાષા તેની પોતાની લિપિમાં અને અંગ્રેજીમાં બતાવી છે. તમે જે પાના પર હતા, તે તમે પસંદ કરેલી ભાષામાં ખુલ્લું રહેશે.
languages-interpreter = જો તમારી ભાષા અહીં ન હોય, તો અમને { $phone } પર મફત ફોન કરો. તમારી ભાષાનું નામ જણાવો. અમે દુભાષિયા સાથે તમને પાછો ફોન કરીશું.
footer-languages = ભાષાઓ
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = આ અનુવાદ હજી કોઈ લાયક અનુવાદકે તપાસ્યો નથી. જો કંઈ સ્પષ્ટ ન હોય, તો અમને { $phone } પર મફત ફોન કરો. અમે તમારા માટે દુભાષિયાની વ્યવસ્થા કરીશું.
