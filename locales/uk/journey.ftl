## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = Почати зараз
button-continue = Продовжити
button-send = Надіслати
button-carry-on = Продовжити далі
button-skip = Пропустити ці запитання
link-back = Назад
select-choose = Оберіть місяць
spam-trap-label = Залиште це поле порожнім
offer-call-back = Натомість Ви можете попросити, щоб ми Вам зателефонували
check-change = Змінити
check-not-answered = Немає відповіді
consent-privacy-link = Прочитайте, як ми використовуємо Вашу інформацію (повідомлення про конфіденційність)
textarea-count =
    Використано { $used } з { $max ->
        [one] { $max } символу
        [few] { $max } символів
        [many] { $max } символів
       *[other] { $max } символу
    }.

## Errors

error-summary-title = Виникла проблема
error-prefix = Помилка:
error-title-prefix = Помилка:
error-choose-from-list = Оберіть одну з відповідей у списку
error-too-long =
    Використайте не більше ніж { $count ->
        [one] { $count } символ
        [few] { $count } символи
        [many] { $count } символів
       *[other] { $count } символу
    }
error-phone = Введіть номер телефону, наприклад 07700 900 982 або +48 601 234 567
error-email = Введіть адресу електронної пошти, наприклад name@example.com
error-postcode = Введіть поштовий індекс, наприклад B1 1BB
error-year = Введіть рік 4 цифрами, наприклад 2024
error-years = Введіть кількість років, наприклад 3
error-crime-reference = Номер злочину може містити лише літери, цифри, / і -
error-reference = Введіть свій реєстраційний номер, наприклад RJ-HK4M-7TWX
error-date-future = Дата має бути в минулому
error-too-fast = Будь ласка, перевірте свої відповіді й надішліть їх ще раз

## Start pages

start-referral-title = Звернутися по відновне правосуддя
start-referral-body =
    Ми поставимо Вам кілька запитань про Вас і про те, що сталося. Це займе близько 15 хвилин.

    Це безкоштовно. Це конфіденційно. Нічого не відбудеться без Вашого бажання, і Ви можете зупинитися будь-коли.

    Ви можете пропустити все, чого зараз не хочете нам розповідати. Потім хтось із нашої команди зв'яжеться з Вами у спосіб, який Ви оберете.
start-call-back-title = Попросіть, щоб ми Вам зателефонували
start-call-back-body =
    Залиште нам номер телефону і зручний час для дзвінка. Це займе близько 3 хвилин.

    Ми зателефонуємо, щоб відповісти на Ваші запитання. Під час розмови Вам не потрібно нічого вирішувати.
start-withdrawal-title = Скасуйте своє звернення
start-withdrawal-body =
    Ви можете зупинитися будь-коли і з будь-якої причини. Вам не потрібно пояснювати нам чому.

    Вам знадобиться реєстраційний номер, який ми Вам дали.
start-kept-for =
    Поки Ви заповнюєте форму, ми зберігаємо Ваші відповіді на нашому сервері до { $hours ->
        [one] { $hours } години
        [few] { $hours } годин
        [many] { $hours } годин
       *[other] { $hours } години
    }. Їх видаляють, коли Ви їх надсилаєте або натискаєте «{ quick-exit }».

## Referral: who it is for

q-for-whom = Для кого це звернення?
q-for-whom-me = Для мене
q-for-whom-someone-else = Для іншої людини, яка на це згодна
q-for-whom-error = Оберіть, для кого це звернення

step-referral-on-behalf = Про Вас
q-relationship = Звідки Ви знаєте цю людину?
q-relationship-family = Ми з однієї родини
q-relationship-friend = Ми друзі
q-relationship-supporter = Я підтримую цю людину (наприклад, доглядаю за нею або представляю її інтереси)
q-relationship-professional = Я працюю з цією людиною
q-relationship-error = Оберіть, звідки Ви знаєте цю людину
q-organisation-type = Де Ви працюєте?
q-organisation-type-police = У поліції
q-organisation-type-probation = У службі пробації
q-organisation-type-victim-care = У службі допомоги чи підтримки потерпілих
q-organisation-type-yot = У Youth Offending Team (команді, що працює з неповнолітніми)
q-organisation-type-prison = У в'язниці
q-organisation-type-csp = У партнерстві з безпеки громади (Community Safety Partnership)
q-organisation-type-health = У закладі охорони здоров'я, наприклад у сімейного лікаря (GP) чи в лікарні
q-organisation-type-school = У школі чи коледжі
q-organisation-type-other = Деінде
q-organisation-type-error = Оберіть, де Ви працюєте
q-organisation-name = Назва Вашої організації (необов'язково)

step-referral-your-details = Ваші дані
q-referrer-name = Ваше ім'я
q-referrer-name-error = Введіть своє ім'я
q-referrer-phone = Ваш номер телефону
q-referrer-phone-error = Введіть свій номер телефону
q-referrer-email = Ваша електронна адреса (необов'язково)

q-agreed = Чи погодилася людина, щоб Ви її направили?
q-agreed-hint = Ми можемо допомогти лише тому, хто хоче нашої допомоги. Якщо Ви працюєте в поліції і ще не запитали цю людину, ми можемо запитати її замість Вас.
q-agreed-yes = Так, вона згодна
q-agreed-not-asked = Її ще не питали
q-agreed-no = Ні, вона не згодна
q-agreed-error = Оберіть, чи згодна людина

step-referral-need-agreement = Спершу людина має погодитися
step-referral-need-agreement-body =
    Відновне правосуддя працює лише тоді, коли люди обирають його самі. Тому ми можемо прийняти звернення, лише коли людина про нього знає і погоджується.

    Ви можете розповісти їй про цей сайт або дати наш номер телефону. Вона може зв'язатися з нами сама або погодитися, щоб цю форму надіслали Ви.

    Якщо Ви турбуєтеся про її безпеку, у надзвичайній ситуації телефонуйте 999, а якщо це не надзвичайна ситуація — 101.

step-referral-we-will-ask = Ми запитаємо цю людину замість Вас
step-referral-we-will-ask-body =
    Дякуємо. Цю людину ще не запитували, тож ми спершу зв'яжемося з нею і запитаємо, чи хоче вона нашої допомоги. Нічого іншого не відбудеться, якщо вона не погодиться.

    Продовжуйте і розкажіть нам те, що знаєте. Можете пропустити все, у чому не впевнені.

## Referral: what happened

q-connection = Який Ви маєте стосунок до того, що сталося?
q-connection-harmed = Шкоди завдали мені
q-connection-family-harmed = Шкоди завдали комусь із моєї родини
q-connection-bereaved = Хтось із моєї родини загинув через злочин
q-connection-caused-harm = Я — людина, яка завдала шкоди
q-connection-other-affected = Це вплинуло на мене інакше
q-connection-error = Оберіть, який Ви маєте стосунок
q-connection-them = Який стосунок має ця людина до того, що сталося?
q-connection-them-harmed = Шкоди завдали цій людині
q-connection-them-family-harmed = Шкоди завдали комусь із її родини
q-connection-them-bereaved = Хтось із її родини загинув через злочин
q-connection-them-caused-harm = Ця людина завдала шкоди
q-connection-them-other-affected = Це вплинуло на неї інакше
q-connection-them-error = Оберіть, який стосунок має ця людина

step-referral-what-happened = Що сталося
q-crime-type = Що це був за злочин?
q-crime-type-hint = Оберіть найближчий варіант. Подробиці розповідати не обов'язково.
q-crime-type-violence = Насильство або напад
q-crime-type-sexual = Сексуальний злочин
q-crime-type-domestic-abuse = Домашнє насильство
q-crime-type-hate-crime = Злочин на ґрунті ненависті
q-crime-type-burglary = Крадіжка зі зламом
q-crime-type-robbery = Пограбування
q-crime-type-theft = Крадіжка
q-crime-type-criminal-damage = Пошкодження майна
q-crime-type-fraud-online = Шахрайство або злочин в інтернеті
q-crime-type-harassment = Переслідування або цькування
q-crime-type-driving = Правопорушення за кермом
q-crime-type-asb = Антигромадська поведінка, наприклад шум чи неприємності від сусідів
q-crime-type-not-crime = Шкода, яка не була злочином, наприклад у школі чи на роботі
q-crime-type-other = Щось інше
q-crime-type-prefer-not = Не хочу відповідати
q-crime-type-error = Оберіть вид злочину або «Не хочу відповідати»
q-markers = Чи щось із цього правда? (необов'язково)
q-markers-hate = Це сталося через те, хто я є, наприклад через мою расу, релігію, інвалідність, сексуальну орієнтацію чи гендер
q-markers-online = Це сталося в інтернеті
q-markers-domestic = Це зробив партнер, колишній партнер або член родини

step-referral-not-a-crime = Ми допомагаємо після злочину
step-referral-not-a-crime-body =
    Наша служба допомагає, коли шкоди завдано злочином. Якщо шкода в школі, на роботі чи вдома не була злочином, допомогти може школа, роботодавець або місцева служба медіації.

    Ви все одно можете надіслати нам свої дані. Ми їх прочитаємо і підкажемо, хто може допомогти.

step-referral-anti-social-behaviour = Допомога щодо антигромадської поведінки
step-referral-anti-social-behaviour-body =
    Антигромадська поведінка, наприклад шум чи неприємності від сусідів, зазвичай не є злочином. Ваша місцева рада (council) або надавач житла часто має для цього безкоштовну службу медіації.

    Ви все одно можете надіслати нам свої дані. Ми їх прочитаємо і підкажемо, хто може допомогти.

step-referral-when = Коли це сталося
q-when = Коли це сталося?
q-when-date = Я знаю місяць і рік
q-when-years-ago = Я приблизно знаю, скільки років тому
q-when-not-sure = Не знаю напевно
q-when-error = Оберіть, коли це сталося
q-when-month = Місяць
q-when-month-error = Оберіть місяць
q-when-year = Рік
q-when-year-hint = Наприклад, 2024
q-when-year-error = Введіть рік
q-when-years = Скільки років тому?
q-when-years-error = Введіть, скільки років тому
q-how-long = Як довго це тривало? (необов'язково)
q-how-long-hint = Іноді шкоди завдають лише один раз. Іноді це триває довго.
q-how-long-once = Це сталося один раз або тривало кілька днів
q-how-long-up-to-3-years = Це тривало до 3 років
q-how-long-more-than-3-years = Це тривало більше ніж 3 роки
q-how-long-not-sure = Не знаю напевно
q-ongoing = Це досі триває або Ви хвилюєтеся, що це станеться знову? (необов'язково)
q-ongoing-yes = Так
q-ongoing-no = Ні
q-ongoing-not-sure = Не знаю напевно

step-referral-police = Поліція і суди
q-reported = Чи повідомляли про це в поліцію?
q-reported-hint = Щоб попросити нашої допомоги, не обов'язково повідомляти в поліцію.
q-reported-yes = Так
q-reported-no = Ні
q-reported-not-sure = Не знаю напевно
q-reported-error = Оберіть «так», «ні» або «не знаю напевно»
q-crime-reference = Номер злочину (необов'язково)
q-crime-reference-hint = Лише якщо він у Вас під рукою.
q-stage = Що з цим відбувається зараз?
q-stage-not-reported = Про це не повідомляли
q-stage-investigating = Поліція це розслідує
q-stage-awaiting-court = Справа чекає на суд
q-stage-prison = Когось відправили до в'язниці
q-stage-community = Комусь призначили покарання без позбавлення волі (громадські роботи)
q-stage-finished = Усе завершено
q-stage-no-further-action = Поліція не вживала подальших заходів
q-stage-dont-know = Я не знаю
q-stage-error = Оберіть, що відбувається зараз
q-agencies = Чи залучені інші служби, крім поліції? (необов'язково)
q-agencies-hint = Наприклад, соціальні служби, соціальний працівник, служба психічного здоров'я або школа.
q-agencies-yes = Так
q-agencies-no = Ні
q-agencies-not-sure = Не знаю напевно

step-referral-where = Де
q-area-happened = Де це сталося?
q-area-happened-error = Оберіть, де це сталося
q-area-lives = Де Ви живете?
q-area-lives-error = Оберіть, де Ви живете
q-area-lives-them = Де живе ця людина?
q-area-lives-them-error = Оберіть, де живе ця людина
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
q-area-happened-elsewhere = Деінде
q-area-happened-not-sure = Не знаю напевно
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
q-area-lives-elsewhere = Деінде
q-area-lives-not-sure = Не знаю напевно

step-referral-outside-area = Допомога за межами West Midlands
step-referral-outside-area-body =
    Ми працюємо в West Midlands. Служби відновного правосуддя є по всій Англії та Уельсу, і ми можемо передати Ваші дані службі поблизу Вас.

    Ви все одно можете надіслати нам свої дані. Ми поговоримо з потрібною службою і повідомимо Вас.

step-referral-other-person = Інша людина
q-other-age = Скільки років людині, яка завдала шкоди?
q-other-age-hint = Якщо шкоди завдали Ви, розкажіть про людину, якій Ви завдали шкоди.
q-other-age-under-18 = Менше 18 років
q-other-age-adult = 18 років або більше
q-other-age-dont-know = Я не знаю
q-other-age-error = Оберіть вік або «Я не знаю»
q-other-age-them = Скільки років людині, яка завдала шкоди?
q-other-age-them-hint = Якщо шкоди завдала людина, яку Ви направляєте, розкажіть про людину, якій вона завдала шкоди.
q-other-age-them-error = Оберіть вік або «Я не знаю»
q-other-known = Чи знаєте Ви, хто це?
q-other-known-yes = Так
q-other-known-no = Ні
q-other-known-not-sure = Не знаю напевно
q-other-known-error = Оберіть «так», «ні» або «не знаю напевно»
q-how-many = Скільки людей завдали шкоди?
q-how-many-one = Одна людина
q-how-many-two-or-three = 2 або 3 людини
q-how-many-more-than-three = Більше ніж 3 людини
q-how-many-dont-know = Я не знаю
q-how-many-error = Оберіть, скільки людей
q-how-many-harmed = Скільки людей зазнали шкоди? (необов'язково)
q-how-many-harmed-one = Одна людина
q-how-many-harmed-two-or-three = 2 або 3 людини
q-how-many-harmed-more-than-three = Більше ніж 3 людини
q-how-many-harmed-dont-know = Я не знаю
q-vulnerable = Чи потрібна комусь із тих, кого це стосується, додаткова підтримка, щоб безпечно взяти участь? (необов'язково)
q-vulnerable-hint = Наприклад, через вік, інвалідність або стан психічного здоров'я.
q-vulnerable-yes = Так
q-vulnerable-no = Ні
q-vulnerable-not-sure = Не знаю напевно

step-referral-young-person = Коли шкоди завдала молода людина
step-referral-young-person-body =
    Коли людині, яка завдала шкоди, менше 18 років, зазвичай роботу веде місцева Youth Offending Team (команда місцевої ради, яка працює з молоддю до 18 років, що порушила закон). Ми спершу поговоримо з ними і подбаємо, щоб Ви отримали потрібну допомогу.

    Ви все одно можете надіслати нам свої дані.

## Referral: in your own words, about you

step-referral-own-words = Своїми словами (необов'язково)
q-story = Що сталося?
q-story-hint = Розкажіть лише те, що хочете. Можна залишити це поле порожнім.
q-hopes = Чого б Ви хотіли?
q-hopes-hint = Наприклад, поставити запитання, щоб Вас вислухали, або отримати вибачення.
q-hopes-them = Чого б хотіла ця людина?
q-hopes-them-hint = Наприклад, поставити запитання, щоб її вислухали, або отримати вибачення.

step-referral-about-you = Про Вас
step-referral-about-you-them = Про цю людину
q-name = Як нам до Вас звертатися?
q-name-hint = Це може бути Ваше ім'я або інше ім'я, яке Вам більше до вподоби.
q-name-error = Введіть, як нам до Вас звертатися
q-name-them = Як нам звертатися до цієї людини?
q-name-them-hint = Це може бути її ім'я або інше ім'я, яке їй більше до вподоби.
q-name-them-error = Введіть, як нам звертатися до цієї людини
q-age-band = Скільки Вам років?
q-age-band-under-18 = Менше 18
q-age-band-18-24 = 18–24
q-age-band-25-34 = 25–34
q-age-band-35-44 = 35–44
q-age-band-45-54 = 45–54
q-age-band-55-64 = 55–64
q-age-band-65-plus = 65 або більше
q-age-band-prefer-not = Не хочу відповідати
q-age-band-error = Оберіть свій вік або «Не хочу відповідати»
q-age-band-them = Скільки років цій людині?
q-age-band-them-error = Оберіть вік цієї людини або «Не хочу відповідати»

step-referral-under-18 = Якщо Вам менше 18 років
step-referral-under-18-body =
    Брати участь у відновному правосудді можна в будь-якому віці. Вам не потрібен дозвіл батьків.

    Якщо хочете, ми подбаємо, щоб поруч із Вами був дорослий, який Вас підтримає, наприклад хтось із батьків, опікун чи соціальний працівник для молоді.

step-referral-under-18-them = Якщо цій людині менше 18 років
step-referral-under-18-them-body =
    Брати участь у відновному правосудді може кожен, у будь-якому віці. Цій людині не потрібен дозвіл батьків.

    Якщо вона захоче, ми подбаємо, щоб поруч із нею був дорослий, який її підтримає, наприклад хтось із батьків, опікун чи соціальний працівник для молоді.

## Referral: contacting you safely

step-referral-contact = Як з Вами зв'язатися
step-referral-contact-them = Як зв'язатися з цією людиною
q-contact-ways = Як ми можемо з Вами зв'язатися?
q-contact-ways-hint = Оберіть усі способи, які для Вас безпечні.
q-contact-ways-phone = Телефонний дзвінок
q-contact-ways-text = SMS-повідомлення
q-contact-ways-email = Електронна пошта
q-contact-ways-letter = Лист поштою
q-contact-ways-error = Оберіть принаймні один спосіб зв'язатися з Вами
q-contact-ways-them = Як ми можемо зв'язатися з цією людиною?
q-contact-ways-them-hint = Оберіть усі способи, які для неї безпечні.
q-contact-ways-them-error = Оберіть принаймні один спосіб зв'язатися з цією людиною
q-phone = Номер телефону
q-phone-error = Введіть номер телефону
q-email = Адреса електронної пошти
q-email-error = Введіть адресу електронної пошти
q-address = Адреса
q-address-error = Введіть свою адресу
q-address-them = Адреса цієї людини
q-address-them-error = Введіть адресу цієї людини
q-postcode = Поштовий індекс
q-postcode-error = Введіть свій поштовий індекс
q-postcode-them = Поштовий індекс цієї людини
q-postcode-them-error = Введіть поштовий індекс цієї людини

step-referral-contact-safety = Безпечний зв'язок
q-voicemail-ok = Чи безпечно, якщо ми залишимо голосове повідомлення або надішлемо SMS?
q-voicemail-ok-hint = У повідомленні ми ніколи не скажемо, про що йдеться.
q-voicemail-ok-yes = Так
q-voicemail-ok-no = Ні
q-voicemail-ok-error = Оберіть «так» або «ні»
q-email-ok = Чи безпечно надсилати Вам електронні листи?
q-email-ok-yes = Так
q-email-ok-no = Ні
q-email-ok-error = Оберіть «так» або «ні»
q-email-ok-them = Чи безпечно надсилати цій людині електронні листи?
q-email-ok-them-error = Оберіть «так» або «ні»
q-safe-times = Коли безпечно з Вами зв'язуватися? (необов'язково)
q-safe-times-hint = Наприклад, у будні після 14:00.
q-safe-times-them = Коли безпечно зв'язуватися з цією людиною? (необов'язково)
q-safe-times-them-hint = Наприклад, у будні після 14:00.
q-caller-notes = Що людина, яка телефонуватиме, має або не має казати? (необов'язково)
q-caller-notes-hint = Наприклад, «скажіть, що телефонуєте від лікаря» або «попросіть до телефону Сема».

## Referral: your needs, your safety

step-referral-needs = Що Вам від нас потрібно
step-referral-needs-them = Що цій людині потрібно від нас
q-language = Якою мовою Ви хотіли б спілкуватися? (необов'язково)
q-language-them = Якою мовою ця людина хотіла б спілкуватися? (необов'язково)
q-interpreter = Чи потрібен Вам перекладач?
q-interpreter-yes = Так
q-interpreter-no = Ні
q-interpreter-error = Оберіть «так» або «ні»
q-interpreter-them = Чи потрібен цій людині перекладач?
q-interpreter-them-error = Оберіть «так» або «ні»
q-bsl = Чи користуєтеся Ви британською жестовою мовою (British Sign Language, BSL)?
q-bsl-yes = Так
q-bsl-no = Ні
q-bsl-error = Оберіть «так» або «ні»
q-bsl-them = Чи користується ця людина британською жестовою мовою (British Sign Language, BSL)?
q-bsl-them-error = Оберіть «так» або «ні»
q-access = Чи допомогло б Вам щось із цього? (необов'язково)
q-access-them = Чи допомогло б цій людині щось із цього? (необов'язково)
q-access-large-print = Великий шрифт
q-access-easy-read = Простий для читання текст (Easy Read)
q-access-hearing = Допомога зі слухом
q-access-sight = Допомога із зором
q-access-mobility = Допомога з пересуванням
q-access-learning-disability = Підтримка у зв'язку з порушенням інтелектуального розвитку
q-access-mental-health = Підтримка психічного здоров'я
q-support-person = Чи хотіли б Ви, щоб поруч була людина, яка Вас підтримає?
q-support-person-hint = Наприклад, друг, член родини чи соціальний працівник.
q-support-person-yes = Так
q-support-person-no = Ні
q-support-person-error = Оберіть «так» або «ні»
q-support-person-them = Чи хотіла б ця людина, щоб поруч був хтось, хто її підтримає?
q-support-person-them-hint = Наприклад, друг, член родини чи соціальний працівник.
q-support-person-them-error = Оберіть «так» або «ні»

q-safe-now = Чи Ви зараз у безпеці?
q-safe-now-yes = Так
q-safe-now-no = Ні
q-safe-now-not-sure = Не знаю напевно
q-safe-now-error = Оберіть «так», «ні» або «не знаю напевно»
q-safe-now-them = Чи ця людина зараз у безпеці?
q-safe-now-them-error = Оберіть «так», «ні» або «не знаю напевно»

step-referral-not-safe = Допомога зараз
step-referral-not-safe-body =
    Якщо Вам загрожує небезпека, телефонуйте 999 зараз.

    Якщо Ви не можете говорити, зателефонуйте 999 з мобільного. Коли почуєте голос, натисніть 55. Так поліція знатиме, що це справжня надзвичайна ситуація.

    Якщо це не надзвичайна ситуація, телефонуйте в поліцію за номером 101.

    Коли будете готові, можете продовжити заповнювати цю форму. Ми будемо особливо обережні, коли зв'язуватимемося з Вами.

step-referral-not-safe-them = Допомога зараз
step-referral-not-safe-them-body =
    Якщо цій людині загрожує небезпека, телефонуйте 999 зараз.

    Якщо це не надзвичайна ситуація, телефонуйте в поліцію за номером 101.

    Коли будете готові, можете продовжити заповнювати цю форму. Ми будемо особливо обережні, коли зв'язуватимемося з цією людиною.

## Referral: check, consent, send

step-referral-check = Перевірте свої відповіді
step-referral-consent = Ваша згода
step-referral-consent-body =
    Брати участь чи ні — Ваш вибір. Ви можете зупинитися будь-коли, навіть після того, як надішлете цю форму.

    Ми використаємо Ваші відповіді, щоб зв'язатися з Вами і спланувати, що буде далі. Ми бережемо їх і передаємо лише тоді, коли мусимо, наприклад щоб захистити когось від шкоди.
q-consent = Ваша згода
q-consent-agree = Я погоджуюся, щоб Ви використали мої відповіді для зв'язку зі мною щодо відновного правосуддя
q-consent-error = Позначте поле, щоб погодитися, і тоді ми зможемо з Вами зв'язатися
step-referral-consent-them = Надсилання цього звернення
step-referral-consent-them-body =
    Брати участь чи ні — завжди власний вибір цієї людини. Вона може зупинитися будь-коли, навіть після того, як Ви надішлете цю форму.

    Ми використаємо ці відповіді, щоб зв'язатися з цією людиною, а за потреби і з Вами, і спланувати, що буде далі. Ми бережемо їх і передаємо лише тоді, коли мусимо, наприклад щоб захистити когось від шкоди.
q-consent-them = Ваша згода
q-consent-them-agree = Я погоджуюся, щоб Ви використали ці відповіді для зв'язку з цією людиною, а за потреби і зі мною, щодо відновного правосуддя
q-consent-them-error = Позначте поле, щоб погодитися, і тоді ми зможемо зв'язатися з цією людиною

## Call back

step-call-back-your-details = Ваші дані
step-call-back-when = Коли телефонувати
q-call-days = Які дні найзручніші? (необов'язково)
q-call-days-monday = Понеділок
q-call-days-tuesday = Вівторок
q-call-days-wednesday = Середа
q-call-days-thursday = Четвер
q-call-days-friday = П'ятниця
q-call-times = Яка пора дня найзручніша? (необов'язково)
q-call-times-morning = Ранок
q-call-times-lunchtime = Обідня пора
q-call-times-afternoon = Після обіду
step-call-back-language = Мова
q-call-reason = Про що Ви хотіли б поговорити? (необов'язково)
q-call-reason-hint = Досить кількох слів. Можна залишити це поле порожнім.
step-call-back-check = Перевірте свої відповіді
step-call-back-consent = Ваша згода
step-call-back-consent-body =
    Ми використаємо Ваш номер телефону лише для того, щоб передзвонити Вам щодо відновного правосуддя.

## Withdrawal

step-withdrawal-details = Скасуйте своє звернення
step-withdrawal-details-body =
    Вкажіть свій реєстраційний номер і те, як ми можемо перевірити, що це Ви. Тут ми не показуватимемо Вам жодної інформації про Ваше звернення.
q-reference = Ваш реєстраційний номер
q-reference-hint = Він починається з RJ, наприклад RJ-HK4M-7TWX.
q-reference-error = Введіть свій реєстраційний номер
q-withdraw-contact = Ваш номер телефону або електронна адреса
q-withdraw-contact-hint = Той, який Ви нам дали, щоб ми могли перевірити, що це Ви.
q-withdraw-contact-error = Введіть свій номер телефону або електронну адресу
q-withdraw-reason = Чому Ви хочете зупинитися? (необов'язково)
q-withdraw-reason-hint = Ви не мусите нам цього казати.
q-withdraw-confirm = Підтвердження
q-withdraw-confirm-confirm = Я хочу скасувати своє звернення
q-withdraw-confirm-error = Позначте поле, щоб підтвердити, що хочете зупинитися

## Confirmation

sent-referral-title = Ми отримали Ваше звернення
sent-call-back-title = Ми Вам передзвонимо
sent-withdrawal-title = Ми отримали Ваше прохання зупинитися
sent-reference = Ваш реєстраційний номер:
sent-keep-reference = Збережіть цей номер. Він знадобиться, якщо Ви звертатиметеся до нас із цього питання.
sent-next-heading = Що буде далі
sent-referral-next = Хтось із нашої команди зв'яжеться з Вами до { $date } у спосіб, який Ви назвали безпечним.
sent-call-back-next = Ми зателефонуємо Вам до { $date }.
sent-withdrawal-next = Ми припинимо роботу з Вашим зверненням і підтвердимо це до { $date }, якщо з Вами безпечно зв'язатися.
sent-contact-heading = Зв'язатися з нами
sent-withdraw-heading = Якщо Ви передумаєте
sent-withdraw-text = Ви можете зупинитися будь-коли.
sent-withdraw-link = Скасуйте своє звернення
sent-support-heading = Підтримка, поки Ви чекаєте
sent-support-text = Ви можете будь-коли отримати безкоштовну підтримку від Victim Support (організації допомоги потерпілим), незалежно від того, чи берете Ви участь у відновному правосудді. У надзвичайній ситуації телефонуйте 999.
sent-print = Щоб мати запис, запишіть свій реєстраційний номер або надрукуйте цю сторінку.
sent-equality-heading = Допоможіть нам бути справедливими (необов'язково)
sent-equality-text = Кілька запитань про Вас допомагають нам перевірити, чи ми справедливі до всіх. Ваші відповіді зберігаються окремо від Вашого звернення.
sent-equality-link = Дати відповідь на запитання про рівність
sent-home-link = Перейти на головну сторінку

## Equality monitoring

step-referral-equality = Допоможіть нам бути справедливими
step-referral-equality-body =
    Ці запитання необов'язкові. Ваші відповіді зберігаються окремо від Вашого звернення і використовуються лише для того, щоб порахувати, скільком людям ми допомагаємо.
q-eq-age = Скільки Вам років?
q-eq-age-under-18 = Менше 18
q-eq-age-18-24 = 18–24
q-eq-age-25-34 = 25–34
q-eq-age-35-44 = 35–44
q-eq-age-45-54 = 45–54
q-eq-age-55-64 = 55–64
q-eq-age-65-plus = 65 або більше
q-eq-age-prefer-not = Не хочу відповідати
q-eq-sex = Яка Ваша стать?
q-eq-sex-female = Жіноча
q-eq-sex-male = Чоловіча
q-eq-sex-prefer-not = Не хочу відповідати
q-eq-gender-same = Чи збігається гендер, з яким Ви себе ототожнюєте, зі статтю, зареєстрованою при народженні?
q-eq-gender-same-yes = Так
q-eq-gender-same-no = Ні
q-eq-gender-same-prefer-not = Не хочу відповідати
q-eq-ethnicity = До якої етнічної групи Ви належите?
q-eq-ethnicity-white-british = Білі: англійське, валлійське, шотландське, північноірландське чи британське походження
q-eq-ethnicity-white-irish = Білі: ірландське походження
q-eq-ethnicity-white-gypsy-traveller = Білі: цигани (Gypsy) або ірландські мандрівники (Irish Traveller)
q-eq-ethnicity-white-roma = Білі: роми
q-eq-ethnicity-white-other = Білі: будь-яке інше біле походження
q-eq-ethnicity-mixed-white-black-caribbean = Змішане походження: білі та чорношкірі з Карибів
q-eq-ethnicity-mixed-white-black-african = Змішане походження: білі та чорношкірі африканці
q-eq-ethnicity-mixed-white-asian = Змішане походження: білі та азійці
q-eq-ethnicity-mixed-other = Змішане походження: будь-яке інше змішане чи множинне походження
q-eq-ethnicity-asian-indian = Азійці або британці азійського походження: індійське походження
q-eq-ethnicity-asian-pakistani = Азійці або британці азійського походження: пакистанське походження
q-eq-ethnicity-asian-bangladeshi = Азійці або британці азійського походження: бангладеське походження
q-eq-ethnicity-asian-chinese = Азійці або британці азійського походження: китайське походження
q-eq-ethnicity-asian-other = Азійці або британці азійського походження: будь-яке інше азійське походження
q-eq-ethnicity-black-african = Чорношкірі, чорношкірі британці, карибське чи африканське походження: африканське походження
q-eq-ethnicity-black-caribbean = Чорношкірі, чорношкірі британці, карибське чи африканське походження: карибське походження
q-eq-ethnicity-black-other = Чорношкірі, чорношкірі британці, карибське чи африканське походження: будь-яке інше походження
q-eq-ethnicity-other-arab = Інша етнічна група: араби
q-eq-ethnicity-other-any = Будь-яка інша етнічна група
q-eq-ethnicity-prefer-not = Не хочу відповідати
q-eq-disability = Чи маєте Ви інвалідність або довготривалу проблему зі здоров'ям?
q-eq-disability-yes = Так
q-eq-disability-no = Ні
q-eq-disability-prefer-not = Не хочу відповідати

## Too many tries

busy-title = Будь ласка, зачекайте трохи
busy-text =
    За короткий час ми отримали багато відповідей з Вашого з'єднання. Будь ласка, зачекайте { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }, а потім спробуйте ще раз.
busy-back = Скористайтеся кнопкою «Назад» у браузері, щоб повернутися до своїх відповідей. Вони все ще там.

## Our database is not answering

store-down-title = Зараз ми не можемо зберегти Ваші відповіді
store-down-text = На нашому боці сталася проблема. Відповіді, які Ви дали на попередніх сторінках, збережено. Те, що Ви ввели на цій сторінці, досі зберігається у Вашому браузері: скористайтеся його кнопкою «Назад», щоб повернутися до неї, а потім спробуйте ще раз за кілька хвилин. Якщо це повторюється, зателефонуйте нам за номером { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = Розкажіть нам, як усе пройшло
feedback-intro = Дякуємо, що взяли участь. Ваші відповіді допомагають нам робити нашу допомогу кращою для інших людей. Ми їх лише підраховуємо: ніхто не читає їх разом із Вашим ім'ям.
feedback-prefer-not = У кожному запитанні Ви можете обрати «Не хочу відповідати».
q-fb-service = Наскільки Ви задоволені допомогою, яку ми Вам надали?
q-fb-service-very-satisfied = Дуже задоволений
q-fb-service-satisfied = Задоволений
q-fb-service-neither = Ні задоволений, ні незадоволений
q-fb-service-dissatisfied = Незадоволений
q-fb-service-very-dissatisfied = Дуже незадоволений
q-fb-service-prefer-not = Не хочу відповідати
q-fb-service-error = Оберіть, наскільки Ви задоволені, або «Не хочу відповідати»
q-fb-outcome = Наскільки Ви задоволені тим, як усе закінчилося?
q-fb-outcome-very-satisfied = Дуже задоволений
q-fb-outcome-satisfied = Задоволений
q-fb-outcome-neither = Ні задоволений, ні незадоволений
q-fb-outcome-dissatisfied = Незадоволений
q-fb-outcome-very-dissatisfied = Дуже незадоволений
q-fb-outcome-prefer-not = Не хочу відповідати
q-fb-outcome-error = Оберіть, наскільки Ви задоволені, або «Не хочу відповідати»
q-fb-safety = Порівняно з тим, як було раніше, наскільки безпечно Ви почуваєтеся тепер?
q-fb-safety-better = Безпечніше, ніж раніше
q-fb-safety-same = Приблизно так само
q-fb-safety-worse = Менш безпечно, ніж раніше
q-fb-safety-prefer-not = Не хочу відповідати
q-fb-safety-error = Оберіть відповідь або «Не хочу відповідати»
q-fb-wellbeing = Порівняно з тим, як було раніше, як Ви загалом почуваєтеся тепер?
q-fb-wellbeing-better = Краще, ніж раніше
q-fb-wellbeing-same = Приблизно так само
q-fb-wellbeing-worse = Гірше, ніж раніше
q-fb-wellbeing-prefer-not = Не хочу відповідати
q-fb-wellbeing-error = Оберіть відповідь або «Не хочу відповідати»
q-fb-coping = Порівняно з тим, як було раніше, наскільки добре Ви тепер даєте собі раду з тим, що сталося?
q-fb-coping-better = Краще, ніж раніше
q-fb-coping-same = Приблизно так само
q-fb-coping-worse = Гірше, ніж раніше
q-fb-coping-prefer-not = Не хочу відповідати
q-fb-coping-error = Оберіть відповідь або «Не хочу відповідати»
q-fb-confidence = Порівняно з тим, як було раніше, наскільки Ви тепер довіряєте поліції та судам?
q-fb-confidence-better = Довіряю більше, ніж раніше
q-fb-confidence-same = Приблизно так само
q-fb-confidence-worse = Довіряю менше, ніж раніше
q-fb-confidence-prefer-not = Не хочу відповідати
q-fb-confidence-error = Оберіть відповідь або «Не хочу відповідати»
feedback-gone-title = Це посилання більше не працює
feedback-gone-text = Кожне посилання для відгуку працює лише один раз і лише кілька тижнів. Якщо Ви все ж хочете розповісти нам, як усе пройшло, зателефонуйте нам за номером { $phone }.
feedback-thanks-title = Дякуємо
feedback-thanks-text = Ми отримали Ваші відповіді. Вони допомагають нам робити нашу допомогу кращою для тих, хто звернеться до нас після Вас.
