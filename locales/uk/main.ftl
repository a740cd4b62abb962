## Shared by every page

language-name = Українська
language-switcher-label = Оберіть мову
skip-to-content = Перейти до основного змісту
quick-exit = Вийти з сайту
quick-exit-keyboard = Вийти з цього сайту зараз
quick-exit-hint = Або натисніть Shift 3 рази
contact-phone-label = Безкоштовний телефон:
contact-email-label = Ел. пошта:
footer-nav-label = Про цей сайт
footer-privacy = Конфіденційність
footer-accessibility = Доступність
footer-cookies = Файли cookie
footer-complaints = Скарги
footer-contact = Зв'язатися з нами
footer-promise = Безкоштовно, конфіденційно і за Вашим вибором.

## Home page

home-title = Відновне правосуддя: допомога після злочину
promise-free = Це безкоштовно.
promise-confidential = Це конфіденційно. Ми бережемо те, що Ви нам розповідаєте.
promise-choice = Це Ваш вибір. Ви можете зупинитися будь-коли.
home-contact-heading = Поговоріть з нами
home-contact-text = Зателефонуйте нам або напишіть електронного листа. Ми можемо знайти для Вас перекладача.
home-danger-heading = Якщо Вам зараз загрожує небезпека
home-danger-text = Телефонуйте 999. Якщо Ви не можете говорити, зателефонуйте 999 з мобільного, а коли почуєте голос, натисніть 55.

## Not found

not-found-title = Сторінку не знайдено
not-found-text = Ми не можемо знайти цю сторінку. Можливо, адреса неправильна або сторінку перенесли.
not-found-home-link = Перейти на головну сторінку англійською

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = Мова
languages-title = Мови
languages-intro = Цей сайт можна читати такими мовами. Кожну мову подано її власним письмом і англійською. Сторінка, на якій Ви були, залишиться відкритою мовою, яку Ви оберете.
languages-interpreter = Якщо Вашої мови тут немає, зателефонуйте нам безкоштовно за номером { $phone }. Назвіть свою мову, і ми передзвонимо Вам з перекладачем.
footer-languages = Мови
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = Цей переклад ще не перевірив кваліфікований перекладач. Якщо щось незрозуміло, зателефонуйте нам безкоштовно за номером { $phone }, і ми знайдемо для Вас усного перекладача.
