## Shared by every page

language-name = Soomaali
language-switcher-label = Dooro luqadda
skip-to-content = U gudub qoraalka bogga
quick-exit = Ka bax websaydhkan
quick-exit-keyboard = Hadda ka bax websaydhkan
quick-exit-hint = Ama 3 jeer riix furaha Shift
contact-phone-label = Telefoon bilaash ah:
contact-email-label = Iimayl:
footer-nav-label = Ku saabsan websaydhkan
footer-privacy = Ilaalinta xogta
footer-accessibility = Fududaynta isticmaalka
footer-cookies = Cookies-ka
footer-complaints = Cabashooyinka
footer-contact = Nala soo xiriir
footer-promise = Waa bilaash, waa qarsoodi, go'aankuna waa kaaga.

## Home page

home-title = Caddaaladda dib-u-hagaajinta (restorative justice): caawimaad dembi kadib
promise-free = Waa bilaash.
promise-confidential = Waa qarsoodi. Si ammaan ah ayaan u ilaalinnaa waxa aad noo sheegto.
promise-choice = Go'aanku waa kaaga. Waad joojin kartaa wakhti kasta.
home-contact-heading = Nala hadal
home-contact-text = Na soo wac ama iimayl noo soo dir. Waxaan kuu heli karnaa turjumaan.
home-danger-heading = Haddii aad hadda khatar ku jirto
home-danger-text = Wac 999. Haddii aadan hadli karin, 999 ka wac telefoonka gacanta, kadibna riix 55 marka aad cod maqasho.

## Not found

not-found-title = Bogga lama helin
not-found-text = Ma helin karno boggaas. Waxaa laga yaabaa in cinwaanku khaldan yahay, ama in boggii meel kale loo raray.
not-found-home-link = Tag bogga hore (waa Ingiriisi)

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = Luqadda
languages-title = Luqadaha
languages-intro = Websaydhkan waxaad ku akhrin kartaa luqadahan. Luqad kasta magaceeda waxaa lagu qoray farteeda iyo Ingiriisi. Boggii aad joogtay ayaa kuu furmaya, isagoo ku qoran luqadda aad doorato.
languages-interpreter = Haddii luqaddaadu aysan halkan ku jirin, bilaash nagu soo wac { $phone }. Noo sheeg magaca luqaddaada. Waxaan kuu soo wici doonnaa, annagoo turjumaan wadna.
footer-languages = Luqadaha
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = Turjumaan shahaado lihi weli ma hubin turjumaaddan. Haddii wax kaa caddayn waayaan, bilaash nagu soo wac { $phone }, waxaanan kuu heli doonnaa turjumaan.
