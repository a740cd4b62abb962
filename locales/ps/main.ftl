## Shared by every page

language-name = پښتو
language-switcher-label = ژبه وټاکئ
skip-to-content = اصلي مطلب ته ورشئ
quick-exit = له دې وېبپاڼې ووځئ
quick-exit-keyboard = همدا اوس له دې وېبپاڼې ووځئ
quick-exit-hint = یا ۳ ځله د Shift تڼۍ کېکاږئ
contact-phone-label = وړیا ټیلیفون:
contact-email-label = ایمیل:
footer-nav-label = د دې وېبپاڼې په اړه
footer-privacy = محرمیت
footer-accessibility = لاسرسی
footer-cookies = کوکیز
footer-complaints = شکایتونه
footer-contact = له موږ سره اړیکه
footer-promise = وړیا، پټ او ستاسو په خپله خوښه.

## Home page

home-title = ترمیمي عدالت: له جرم وروسته مرسته
promise-free = دا خدمت وړیا دی.
promise-confidential = دا پټ دی. څه چې موږ ته وایئ، خوندي یې ساتو.
promise-choice = دا ستاسو خپله خوښه ده. هر وخت کولای شئ چې پرې یې ږدئ.
home-contact-heading = له موږ سره خبرې وکړئ
home-contact-text = موږ ته زنګ ووهئ یا ایمیل راولېږئ. موږ کولای شو تاسو ته ژباړونکی پیدا کړو.
home-danger-heading = که همدا اوس په خطر کې یاست
home-danger-text = 999 ته زنګ ووهئ. که خبرې نشئ کولای، له موبایل څخه 999 ته زنګ ووهئ، او کله چې یو غږ واورئ، 55 کېکاږئ.

## Not found

not-found-title = پاڼه ونه موندل شوه
not-found-text = موږ دا پاڼه نشو موندلای. کېدای شي پته غلطه وي، یا پاڼه بل ځای ته وړل شوې وي.
not-found-home-link = اصلي پاڼې ته ورشئ

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = ژبه
languages-title = ژبې
languages-intro = تاسو کولای شئ دا وېبپاڼه په دې ژبو ولولئ. هره ژبه په خپل لیک او په انګلیسي ښودل شوې ده. هغه پاڼه چې تاسو پرې وئ، په هغه ژبه خلاصه پاتې کېږي چې تاسو یې غوره کوئ.
languages-interpreter = که ستاسو ژبه دلته نه وي، موږ ته په وړیا شمېره { $phone } زنګ ووهئ. د خپلې ژبې نوم موږ ته ووایئ، او موږ به د یو ژباړونکي سره تاسو ته بېرته زنګ ووهو.
footer-languages = ژبې
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = دا ژباړه لا تر اوسه د یو مسلکي ژباړونکي له خوا نه ده کتل شوې. که څه درته روښانه نه وي، موږ ته په وړیا شمېره { $phone } زنګ ووهئ، او موږ به تاسو ته ژباړونکی پیدا کړو.
