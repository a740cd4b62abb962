## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ
button-continue = ਅੱਗੇ ਵਧੋ
button-send = ਭੇਜੋ
button-carry-on = ਜਾਰੀ ਰੱਖੋ
button-skip = ਇਹ ਸਵਾਲ ਛੱਡ ਦਿਓ
link-back = ਪਿੱਛੇ
select-choose = ਮਹੀਨਾ ਚੁਣੋ
spam-trap-label = ਇਸ ਖ਼ਾਨੇ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡੋ
offer-call-back = ਤੁਸੀਂ ਇਸ ਦੀ ਥਾਂ ਸਾਨੂੰ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ
check-change = ਬਦਲੋ
check-not-answered = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
consent-privacy-link = ਪੜ੍ਹੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਵਰਤਦੇ ਹਾਂ (ਨਿੱਜਤਾ ਬਾਰੇ ਸੂਚਨਾ)
textarea-count =
    ਤੁਸੀਂ { $max ->
        [one] { $max } ਅੱਖਰ
       *[other] { $max } ਅੱਖਰਾਂ
    } ਵਿੱਚੋਂ { $used } ਦੀ ਵਰਤੋਂ ਕਰ ਲਈ ਹੈ।

## Errors

error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-prefix = ਗ਼ਲਤੀ:
error-title-prefix = ਗ਼ਲਤੀ:
error-choose-from-list = ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਜਵਾਬ ਚੁਣੋ
error-too-long =
    ਵੱਧ ਤੋਂ ਵੱਧ { $count ->
        [one] { $count } ਅੱਖਰ
       *[other] { $count } ਅੱਖਰ
    } ਵਰਤੋ
error-phone = ਫ਼ੋਨ ਨੰਬਰ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੋ: 07700 900 982 ਜਾਂ +48 601 234 567
error-email = ਈਮੇਲ ਪਤਾ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੋ: name@example.com
error-postcode = ਪੋਸਟਕੋਡ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੋ: B1 1BB
error-year = ਸਾਲ 4 ਅੰਕਾਂ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ 2024
error-years = ਸਾਲਾਂ ਦੀ ਗਿਣਤੀ ਲਿਖੋ, ਜਿਵੇਂ 3
error-crime-reference = ਕ੍ਰਾਈਮ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਵਿੱਚ ਸਿਰਫ਼ ਅੱਖਰ, ਅੰਕ, / ਅਤੇ - ਹੀ ਹੁੰਦੇ ਹਨ
error-reference = ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ RJ-HK4M-7TWX
error-date-future = ਤਾਰੀਖ਼ ਬੀਤੇ ਸਮੇਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
error-too-fast = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਜਵਾਬ ਦੇਖ ਲਓ, ਫਿਰ ਦੁਬਾਰਾ ਭੇਜੋ

## Start pages

start-referral-title = ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਲਈ ਬੇਨਤੀ ਕਰੋ
start-referral-body =
    ਅਸੀਂ ਤੁਹਾਡੇ ਬਾਰੇ ਅਤੇ ਜੋ ਹੋਇਆ ਉਸ ਬਾਰੇ ਕੁਝ ਸਵਾਲ ਪੁੱਛਾਂਗੇ। ਇਸ ਵਿੱਚ ਲਗਭਗ 15 ਮਿੰਟ ਲੱਗਦੇ ਹਨ।

    ਇਹ ਮੁਫ਼ਤ ਹੈ। ਇਹ ਨਿੱਜੀ ਹੈ। ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਤੋਂ ਬਿਨਾਂ ਕੁਝ ਨਹੀਂ ਹੁੰਦਾ, ਅਤੇ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਰੁਕ ਸਕਦੇ ਹੋ।

    ਜੋ ਗੱਲ ਤੁਸੀਂ ਹੁਣ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ, ਉਹ ਛੱਡ ਸਕਦੇ ਹੋ। ਫਿਰ ਸਾਡੀ ਟੀਮ ਦਾ ਕੋਈ ਮੈਂਬਰ ਤੁਹਾਡੇ ਚੁਣੇ ਹੋਏ ਤਰੀਕੇ ਨਾਲ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗਾ।
start-call-back-title = ਸਾਨੂੰ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਨ ਲਈ ਕਹੋ
start-call-back-body =
    ਸਾਨੂੰ ਇੱਕ ਫ਼ੋਨ ਨੰਬਰ ਦਿਓ, ਅਤੇ ਦੱਸੋ ਕਿ ਫ਼ੋਨ ਕਰਨ ਲਈ ਕਿਹੜਾ ਸਮਾਂ ਠੀਕ ਹੈ। ਇਸ ਵਿੱਚ ਲਗਭਗ 3 ਮਿੰਟ ਲੱਗਦੇ ਹਨ।

    ਅਸੀਂ ਤੁਹਾਡੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦੇਣ ਲਈ ਫ਼ੋਨ ਕਰਾਂਗੇ। ਤੁਹਾਨੂੰ ਫ਼ੋਨ 'ਤੇ ਕੋਈ ਫ਼ੈਸਲਾ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।
start-withdrawal-title = ਆਪਣਾ ਰੈਫ਼ਰਲ ਰੋਕੋ
start-withdrawal-body =
    ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ, ਕਿਸੇ ਵੀ ਕਾਰਨ ਕਰਕੇ ਰੁਕ ਸਕਦੇ ਹੋ। ਤੁਹਾਨੂੰ ਸਾਨੂੰ ਕਾਰਨ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ।

    ਤੁਹਾਨੂੰ ਉਹ ਹਵਾਲਾ ਨੰਬਰ ਚਾਹੀਦਾ ਹੋਵੇਗਾ ਜੋ ਅਸੀਂ ਤੁਹਾਨੂੰ ਦਿੱਤਾ ਸੀ।
start-kept-for =
    ਜਦੋਂ ਤੁਸੀਂ ਇਹ ਫ਼ਾਰਮ ਭਰਦੇ ਹੋ, ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬ ਵੱਧ ਤੋਂ ਵੱਧ { $hours ->
        [one] { $hours } ਘੰਟੇ
       *[other] { $hours } ਘੰਟਿਆਂ
    } ਲਈ ਆਪਣੇ ਸਰਵਰ 'ਤੇ ਰੱਖਦੇ ਹਾਂ। ਜਦੋਂ ਤੁਸੀਂ ਜਵਾਬ ਭੇਜ ਦਿੰਦੇ ਹੋ ਜਾਂ "{ quick-exit }" ਦਬਾਉਂਦੇ ਹੋ, ਤਾਂ ਇਹ ਮਿਟਾ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ।

## Referral: who it is for

q-for-whom = ਇਹ ਕਿਸ ਲਈ ਹੈ?
q-for-whom-me = ਮੇਰੇ ਲਈ
q-for-whom-someone-else = ਕਿਸੇ ਹੋਰ ਲਈ, ਜੋ ਇਸ ਲਈ ਸਹਿਮਤ ਹੈ
q-for-whom-error = ਚੁਣੋ ਕਿ ਇਹ ਕਿਸ ਲਈ ਹੈ

step-referral-on-behalf = ਤੁਹਾਡੇ ਬਾਰੇ
q-relationship = ਤੁਸੀਂ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਵੇਂ ਜਾਣਦੇ ਹੋ?
q-relationship-family = ਮੈਂ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਹਾਂ
q-relationship-friend = ਮੈਂ ਦੋਸਤ ਹਾਂ
q-relationship-supporter = ਮੈਂ ਉਹਨਾਂ ਨੂੰ ਸਹਾਰਾ ਦਿੰਦਾ/ਦਿੰਦੀ ਹਾਂ (ਜਿਵੇਂ ਕੇਅਰਰ ਜਾਂ ਐਡਵੋਕੇਟ)
q-relationship-professional = ਮੈਂ ਉਹਨਾਂ ਨਾਲ ਕੰਮ ਕਰਦਾ/ਕਰਦੀ ਹਾਂ
q-relationship-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਵੇਂ ਜਾਣਦੇ ਹੋ
q-organisation-type = ਤੁਸੀਂ ਕਿੱਥੇ ਕੰਮ ਕਰਦੇ ਹੋ?
q-organisation-type-police = ਪੁਲਿਸ
q-organisation-type-probation = ਪ੍ਰੋਬੇਸ਼ਨ
q-organisation-type-victim-care = ਪੀੜਤਾਂ ਦੀ ਦੇਖਭਾਲ ਜਾਂ ਸਹਾਇਤਾ
q-organisation-type-yot = Youth Offending Team (ਨੌਜਵਾਨਾਂ ਲਈ ਕੌਂਸਲ ਦੀ ਟੀਮ)
q-organisation-type-prison = ਜੇਲ੍ਹ
q-organisation-type-csp = ਕਮਿਊਨਿਟੀ ਸੇਫ਼ਟੀ ਪਾਰਟਨਰਸ਼ਿਪ
q-organisation-type-health = ਸਿਹਤ ਸੇਵਾ, ਜਿਵੇਂ GP ਜਾਂ ਹਸਪਤਾਲ
q-organisation-type-school = ਸਕੂਲ ਜਾਂ ਕਾਲਜ
q-organisation-type-other = ਕਿਤੇ ਹੋਰ
q-organisation-type-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਕੰਮ ਕਰਦੇ ਹੋ
q-organisation-name = ਤੁਹਾਡੀ ਸੰਸਥਾ ਦਾ ਨਾਂ (ਜ਼ਰੂਰੀ ਨਹੀਂ)

step-referral-your-details = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ
q-referrer-name = ਤੁਹਾਡਾ ਨਾਂ
q-referrer-name-error = ਆਪਣਾ ਨਾਂ ਲਿਖੋ
q-referrer-phone = ਤੁਹਾਡਾ ਫ਼ੋਨ ਨੰਬਰ
q-referrer-phone-error = ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ
q-referrer-email = ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ (ਜ਼ਰੂਰੀ ਨਹੀਂ)

q-agreed = ਕੀ ਉਹ ਵਿਅਕਤੀ ਇਸ ਰੈਫ਼ਰਲ ਲਈ ਸਹਿਮਤ ਹੈ?
q-agreed-hint = ਅਸੀਂ ਸਿਰਫ਼ ਉਸ ਵਿਅਕਤੀ ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ ਜੋ ਸਾਡੀ ਮਦਦ ਚਾਹੁੰਦਾ ਹੈ। ਜੇ ਤੁਸੀਂ ਪੁਲਿਸ ਅਫ਼ਸਰ ਹੋ ਅਤੇ ਤੁਸੀਂ ਅਜੇ ਉਹਨਾਂ ਤੋਂ ਪੁੱਛਿਆ ਨਹੀਂ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਡੀ ਥਾਂ ਉਹਨਾਂ ਤੋਂ ਪੁੱਛ ਸਕਦੇ ਹਾਂ।
q-agreed-yes = ਹਾਂ, ਉਹ ਸਹਿਮਤ ਹਨ
q-agreed-not-asked = ਮੈਂ ਅਜੇ ਉਹਨਾਂ ਤੋਂ ਪੁੱਛਿਆ ਨਹੀਂ
q-agreed-no = ਨਹੀਂ, ਉਹ ਸਹਿਮਤ ਨਹੀਂ ਹਨ
q-agreed-error = ਚੁਣੋ ਕਿ ਉਹ ਸਹਿਮਤ ਹਨ ਜਾਂ ਨਹੀਂ

step-referral-need-agreement = ਪਹਿਲਾਂ ਉਸ ਵਿਅਕਤੀ ਦੀ ਸਹਿਮਤੀ ਚਾਹੀਦੀ ਹੈ
step-referral-need-agreement-body =
    ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਤਾਂ ਹੀ ਕੰਮ ਕਰਦਾ ਹੈ ਜਦੋਂ ਲੋਕ ਆਪ ਇਸ ਨੂੰ ਚੁਣਦੇ ਹਨ। ਇਸ ਲਈ ਅਸੀਂ ਰੈਫ਼ਰਲ ਤਾਂ ਹੀ ਲੈ ਸਕਦੇ ਹਾਂ ਜਦੋਂ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਇਸ ਬਾਰੇ ਪਤਾ ਹੋਵੇ ਅਤੇ ਉਹ ਸਹਿਮਤ ਹੋਵੇ।

    ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਇਸ ਵੈੱਬਸਾਈਟ ਬਾਰੇ ਦੱਸ ਸਕਦੇ ਹੋ, ਜਾਂ ਸਾਡਾ ਫ਼ੋਨ ਨੰਬਰ ਦੇ ਸਕਦੇ ਹੋ। ਉਹ ਆਪ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ, ਜਾਂ ਤੁਹਾਨੂੰ ਇਹ ਫ਼ਾਰਮ ਭੇਜਣ ਲਈ ਹਾਂ ਕਹਿ ਸਕਦੇ ਹਨ।

    ਜੇ ਤੁਹਾਨੂੰ ਉਹਨਾਂ ਦੀ ਸੁਰੱਖਿਆ ਦੀ ਚਿੰਤਾ ਹੈ, ਤਾਂ ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਜੇ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ ਤਾਂ 101 'ਤੇ।

step-referral-we-will-ask = ਅਸੀਂ ਤੁਹਾਡੀ ਥਾਂ ਉਹਨਾਂ ਤੋਂ ਪੁੱਛਾਂਗੇ
step-referral-we-will-ask-body =
    ਧੰਨਵਾਦ। ਉਹਨਾਂ ਤੋਂ ਅਜੇ ਪੁੱਛਿਆ ਨਹੀਂ ਗਿਆ, ਇਸ ਲਈ ਅਸੀਂ ਪਹਿਲਾਂ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ ਅਤੇ ਪੁੱਛਾਂਗੇ ਕਿ ਕੀ ਉਹ ਸਾਡੀ ਮਦਦ ਚਾਹੁੰਦੇ ਹਨ। ਜਦੋਂ ਤੱਕ ਉਹ ਹਾਂ ਨਹੀਂ ਕਹਿੰਦੇ, ਹੋਰ ਕੁਝ ਨਹੀਂ ਹੋਵੇਗਾ।

    ਅੱਗੇ ਵਧੋ ਅਤੇ ਸਾਨੂੰ ਉਹ ਦੱਸੋ ਜੋ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ। ਜਿਸ ਗੱਲ ਬਾਰੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ, ਉਹ ਤੁਸੀਂ ਛੱਡ ਸਕਦੇ ਹੋ।

## Referral: what happened

q-connection = ਜੋ ਹੋਇਆ, ਉਸ ਨਾਲ ਤੁਹਾਡਾ ਕੀ ਸੰਬੰਧ ਹੈ?
q-connection-harmed = ਮੈਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਿਆ
q-connection-family-harmed = ਮੇਰੇ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਜੀਅ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਿਆ
q-connection-bereaved = ਮੇਰੇ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਜੀਅ ਦੀ ਮੌਤ ਕਿਸੇ ਜੁਰਮ ਕਾਰਨ ਹੋਈ
q-connection-caused-harm = ਮੈਂ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ
q-connection-other-affected = ਮੇਰੇ 'ਤੇ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਅਸਰ ਪਿਆ
q-connection-error = ਚੁਣੋ ਕਿ ਤੁਹਾਡਾ ਇਸ ਨਾਲ ਕੀ ਸੰਬੰਧ ਹੈ
q-connection-them = ਜੋ ਹੋਇਆ, ਉਸ ਨਾਲ ਉਸ ਵਿਅਕਤੀ ਦਾ ਕੀ ਸੰਬੰਧ ਹੈ?
q-connection-them-harmed = ਉਹਨਾਂ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਿਆ
q-connection-them-family-harmed = ਉਹਨਾਂ ਦੇ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਜੀਅ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਿਆ
q-connection-them-bereaved = ਉਹਨਾਂ ਦੇ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਜੀਅ ਦੀ ਮੌਤ ਕਿਸੇ ਜੁਰਮ ਕਾਰਨ ਹੋਈ
q-connection-them-caused-harm = ਉਹਨਾਂ ਨੇ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ
q-connection-them-other-affected = ਉਹਨਾਂ 'ਤੇ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਅਸਰ ਪਿਆ
q-connection-them-error = ਚੁਣੋ ਕਿ ਉਹਨਾਂ ਦਾ ਇਸ ਨਾਲ ਕੀ ਸੰਬੰਧ ਹੈ

step-referral-what-happened = ਕੀ ਹੋਇਆ
q-crime-type = ਇਹ ਕਿਸ ਤਰ੍ਹਾਂ ਦਾ ਜੁਰਮ ਸੀ?
q-crime-type-hint = ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲਾ ਜਵਾਬ ਚੁਣੋ। ਤੁਹਾਨੂੰ ਵੇਰਵੇ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ।
q-crime-type-violence = ਹਿੰਸਾ ਜਾਂ ਹਮਲਾ
q-crime-type-sexual = ਜਿਨਸੀ ਜੁਰਮ
q-crime-type-domestic-abuse = ਘਰੇਲੂ ਹਿੰਸਾ
q-crime-type-hate-crime = ਨਫ਼ਰਤ ਵਾਲਾ ਜੁਰਮ
q-crime-type-burglary = ਘਰ ਜਾਂ ਇਮਾਰਤ ਵਿੱਚ ਵੜ ਕੇ ਚੋਰੀ
q-crime-type-robbery = ਲੁੱਟ
q-crime-type-theft = ਚੋਰੀ
q-crime-type-criminal-damage = ਜਾਇਦਾਦ ਜਾਂ ਚੀਜ਼ਾਂ ਦੀ ਤੋੜ-ਭੰਨ
q-crime-type-fraud-online = ਧੋਖਾਧੜੀ ਜਾਂ ਔਨਲਾਈਨ ਜੁਰਮ
q-crime-type-harassment = ਤੰਗ-ਪਰੇਸ਼ਾਨ ਕਰਨਾ ਜਾਂ ਪਿੱਛਾ ਕਰਨਾ
q-crime-type-driving = ਗੱਡੀ ਚਲਾਉਣ ਨਾਲ ਜੁੜਿਆ ਜੁਰਮ
q-crime-type-asb = ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ, ਜਿਵੇਂ ਰੌਲਾ ਜਾਂ ਪਰੇਸ਼ਾਨੀ
q-crime-type-not-crime = ਅਜਿਹਾ ਨੁਕਸਾਨ ਜੋ ਜੁਰਮ ਨਹੀਂ ਸੀ, ਜਿਵੇਂ ਸਕੂਲ ਜਾਂ ਕੰਮ 'ਤੇ
q-crime-type-other = ਕੁਝ ਹੋਰ
q-crime-type-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-crime-type-error = ਜੁਰਮ ਦੀ ਕਿਸਮ ਚੁਣੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ
q-markers = ਕੀ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਗੱਲ ਸੱਚ ਸੀ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-markers-hate = ਇਹ ਮੇਰੀ ਪਛਾਣ ਕਾਰਨ ਹੋਇਆ, ਜਿਵੇਂ ਮੇਰੀ ਨਸਲ, ਧਰਮ, ਅਪੰਗਤਾ, ਜਿਨਸੀ ਰੁਝਾਨ ਜਾਂ ਲਿੰਗ
q-markers-online = ਇਹ ਔਨਲਾਈਨ ਹੋਇਆ
q-markers-domestic = ਇਹ ਜੀਵਨ ਸਾਥੀ, ਸਾਬਕਾ ਜੀਵਨ ਸਾਥੀ ਜਾਂ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਜੀਅ ਨੇ ਕੀਤਾ

step-referral-not-a-crime = ਅਸੀਂ ਜੁਰਮ ਤੋਂ ਬਾਅਦ ਮਦਦ ਕਰਦੇ ਹਾਂ
step-referral-not-a-crime-body =
    ਸਾਡੀ ਸੇਵਾ ਜੁਰਮ ਨਾਲ ਹੋਏ ਨੁਕਸਾਨ ਲਈ ਹੈ। ਸਕੂਲ, ਕੰਮ ਜਾਂ ਘਰ ਵਿੱਚ ਹੋਏ ਅਜਿਹੇ ਨੁਕਸਾਨ ਲਈ ਜੋ ਜੁਰਮ ਨਹੀਂ ਸੀ, ਸਕੂਲ, ਤੁਹਾਡਾ ਮਾਲਕ (ਜਿੱਥੇ ਤੁਸੀਂ ਕੰਮ ਕਰਦੇ ਹੋ) ਜਾਂ ਇਲਾਕੇ ਦੀ ਕੋਈ ਵਿਚੋਲਗੀ (mediation) ਸੇਵਾ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।

    ਤੁਸੀਂ ਫਿਰ ਵੀ ਸਾਨੂੰ ਆਪਣੀ ਜਾਣਕਾਰੀ ਭੇਜ ਸਕਦੇ ਹੋ। ਅਸੀਂ ਇਸ ਨੂੰ ਪੜ੍ਹਾਂਗੇ ਅਤੇ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।

step-referral-anti-social-behaviour = ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ ਲਈ ਮਦਦ
step-referral-anti-social-behaviour-body =
    ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ, ਜਿਵੇਂ ਗੁਆਂਢੀਆਂ ਵੱਲੋਂ ਰੌਲਾ ਜਾਂ ਪਰੇਸ਼ਾਨੀ, ਆਮ ਤੌਰ 'ਤੇ ਜੁਰਮ ਨਹੀਂ ਹੁੰਦਾ। ਤੁਹਾਡੀ ਇਲਾਕੇ ਦੀ ਕੌਂਸਲ ਜਾਂ ਤੁਹਾਡੇ ਘਰ ਦਾ ਪ੍ਰਬੰਧ ਕਰਨ ਵਾਲੀ ਸੰਸਥਾ ਕੋਲ ਅਕਸਰ ਇਸ ਲਈ ਮੁਫ਼ਤ ਵਿਚੋਲਗੀ (mediation) ਸੇਵਾ ਹੁੰਦੀ ਹੈ।

    ਤੁਸੀਂ ਫਿਰ ਵੀ ਸਾਨੂੰ ਆਪਣੀ ਜਾਣਕਾਰੀ ਭੇਜ ਸਕਦੇ ਹੋ। ਅਸੀਂ ਇਸ ਨੂੰ ਪੜ੍ਹਾਂਗੇ ਅਤੇ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।

step-referral-when = ਇਹ ਕਦੋਂ ਹੋਇਆ
q-when = ਇਹ ਕਦੋਂ ਹੋਇਆ?
q-when-date = ਮੈਨੂੰ ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਪਤਾ ਹੈ
q-when-years-ago = ਮੈਨੂੰ ਲਗਭਗ ਪਤਾ ਹੈ ਕਿ ਕਿੰਨੇ ਸਾਲ ਪਹਿਲਾਂ
q-when-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ
q-when-error = ਚੁਣੋ ਕਿ ਇਹ ਕਦੋਂ ਹੋਇਆ
q-when-month = ਮਹੀਨਾ
q-when-month-error = ਮਹੀਨਾ ਚੁਣੋ
q-when-year = ਸਾਲ
q-when-year-hint = ਜਿਵੇਂ, 2024
q-when-year-error = ਸਾਲ ਲਿਖੋ
q-when-years = ਕਿੰਨੇ ਸਾਲ ਪਹਿਲਾਂ?
q-when-years-error = ਲਿਖੋ ਕਿ ਕਿੰਨੇ ਸਾਲ ਪਹਿਲਾਂ
q-how-long = ਇਹ ਕਿੰਨੇ ਸਮੇਂ ਤੱਕ ਚੱਲਦਾ ਰਿਹਾ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-how-long-hint = ਕੁਝ ਨੁਕਸਾਨ ਇੱਕ ਵਾਰ ਹੁੰਦਾ ਹੈ। ਕੁਝ ਨੁਕਸਾਨ ਲੰਮੇ ਸਮੇਂ ਤੱਕ ਚੱਲਦਾ ਰਹਿੰਦਾ ਹੈ।
q-how-long-once = ਇਹ ਇੱਕ ਵਾਰ ਹੋਇਆ, ਜਾਂ ਕੁਝ ਦਿਨਾਂ ਤੱਕ ਚੱਲਿਆ
q-how-long-up-to-3-years = ਇਹ 3 ਸਾਲ ਤੱਕ ਚੱਲਦਾ ਰਿਹਾ
q-how-long-more-than-3-years = ਇਹ 3 ਸਾਲ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੱਕ ਚੱਲਦਾ ਰਿਹਾ
q-how-long-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ
q-ongoing = ਕੀ ਇਹ ਅਜੇ ਵੀ ਹੋ ਰਿਹਾ ਹੈ, ਜਾਂ ਤੁਹਾਨੂੰ ਚਿੰਤਾ ਹੈ ਕਿ ਇਹ ਦੁਬਾਰਾ ਹੋਵੇਗਾ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-ongoing-yes = ਹਾਂ
q-ongoing-no = ਨਹੀਂ
q-ongoing-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ

step-referral-police = ਪੁਲਿਸ ਅਤੇ ਅਦਾਲਤਾਂ
q-reported = ਕੀ ਪੁਲਿਸ ਨੂੰ ਇਸ ਦੀ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ ਸੀ?
q-reported-hint = ਸਾਡੀ ਮਦਦ ਮੰਗਣ ਲਈ ਪੁਲਿਸ ਨੂੰ ਦੱਸਿਆ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।
q-reported-yes = ਹਾਂ
q-reported-no = ਨਹੀਂ
q-reported-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ
q-reported-error = ਹਾਂ, ਨਹੀਂ ਜਾਂ ਪੱਕਾ ਪਤਾ ਨਹੀਂ ਚੁਣੋ
q-crime-reference = ਕ੍ਰਾਈਮ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-crime-reference-hint = ਸਿਰਫ਼ ਜੇ ਇਹ ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਕੋਲ ਹੈ।
q-stage = ਹੁਣ ਇਸ ਮਾਮਲੇ ਵਿੱਚ ਕੀ ਹੋ ਰਿਹਾ ਹੈ?
q-stage-not-reported = ਇਸ ਦੀ ਰਿਪੋਰਟ ਨਹੀਂ ਹੋਈ ਸੀ
q-stage-investigating = ਪੁਲਿਸ ਇਸ ਦੀ ਜਾਂਚ ਕਰ ਰਹੀ ਹੈ
q-stage-awaiting-court = ਇਹ ਅਦਾਲਤ ਵਿੱਚ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ
q-stage-prison = ਕਿਸੇ ਨੂੰ ਜੇਲ੍ਹ ਭੇਜਿਆ ਗਿਆ
q-stage-community = ਕਿਸੇ ਨੂੰ ਜੇਲ੍ਹ ਤੋਂ ਬਾਹਰ ਰਹਿ ਕੇ ਕੱਟਣ ਵਾਲੀ ਸਜ਼ਾ (community sentence) ਮਿਲੀ
q-stage-finished = ਸਭ ਕੁਝ ਖ਼ਤਮ ਹੋ ਚੁੱਕਾ ਹੈ
q-stage-no-further-action = ਪੁਲਿਸ ਨੇ ਅੱਗੇ ਕੋਈ ਕਾਰਵਾਈ ਨਹੀਂ ਕੀਤੀ
q-stage-dont-know = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ
q-stage-error = ਚੁਣੋ ਕਿ ਹੁਣ ਕੀ ਹੋ ਰਿਹਾ ਹੈ
q-agencies = ਕੀ ਪੁਲਿਸ ਤੋਂ ਇਲਾਵਾ ਹੋਰ ਸੇਵਾਵਾਂ ਵੀ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਹਨ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-agencies-hint = ਜਿਵੇਂ, ਸੋਸ਼ਲ ਸਰਵਿਸਿਜ਼, ਸਪੋਰਟ ਵਰਕਰ, ਮਾਨਸਿਕ ਸਿਹਤ ਟੀਮ ਜਾਂ ਸਕੂਲ।
q-agencies-yes = ਹਾਂ
q-agencies-no = ਨਹੀਂ
q-agencies-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ

step-referral-where = ਕਿੱਥੇ
q-area-happened = ਇਹ ਕਿੱਥੇ ਹੋਇਆ?
q-area-happened-error = ਚੁਣੋ ਕਿ ਇਹ ਕਿੱਥੇ ਹੋਇਆ
q-area-lives = ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ?
q-area-lives-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ
q-area-lives-them = ਉਹ ਵਿਅਕਤੀ ਕਿੱਥੇ ਰਹਿੰਦਾ ਹੈ?
q-area-lives-them-error = ਚੁਣੋ ਕਿ ਉਹ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹਨ
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
q-area-happened-elsewhere = ਕਿਤੇ ਹੋਰ
q-area-happened-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ
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
q-area-lives-elsewhere = ਕਿਤੇ ਹੋਰ
q-area-lives-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ

step-referral-outside-area = West Midlands ਤੋਂ ਬਾਹਰ ਮਦਦ
step-referral-outside-area-body =
    ਅਸੀਂ West Midlands ਵਿੱਚ ਕੰਮ ਕਰਦੇ ਹਾਂ। ਸਾਰੇ England ਅਤੇ Wales ਵਿੱਚ ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਦੀਆਂ ਸੇਵਾਵਾਂ ਹਨ, ਅਤੇ ਅਸੀਂ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਤੁਹਾਡੇ ਨੇੜੇ ਦੀ ਸੇਵਾ ਨੂੰ ਭੇਜ ਸਕਦੇ ਹਾਂ।

    ਤੁਸੀਂ ਫਿਰ ਵੀ ਸਾਨੂੰ ਆਪਣੀ ਜਾਣਕਾਰੀ ਭੇਜ ਸਕਦੇ ਹੋ। ਅਸੀਂ ਸਹੀ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰਾਂਗੇ ਅਤੇ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ।

step-referral-other-person = ਦੂਜਾ ਵਿਅਕਤੀ
q-other-age = ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਵਾਲੇ ਵਿਅਕਤੀ ਦੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
q-other-age-hint = ਜੇ ਨੁਕਸਾਨ ਤੁਸੀਂ ਪਹੁੰਚਾਇਆ ਸੀ, ਤਾਂ ਸਾਨੂੰ ਉਸ ਵਿਅਕਤੀ ਬਾਰੇ ਦੱਸੋ ਜਿਸ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਿਆ।
q-other-age-under-18 = 18 ਸਾਲ ਤੋਂ ਘੱਟ
q-other-age-adult = 18 ਸਾਲ ਜਾਂ ਵੱਧ
q-other-age-dont-know = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ
q-other-age-error = ਉਮਰ ਚੁਣੋ, ਜਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ
q-other-age-them = ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਵਾਲੇ ਵਿਅਕਤੀ ਦੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
q-other-age-them-hint = ਜੇ ਨੁਕਸਾਨ ਉਸ ਵਿਅਕਤੀ ਨੇ ਪਹੁੰਚਾਇਆ ਸੀ ਜਿਸ ਦਾ ਰੈਫ਼ਰਲ ਤੁਸੀਂ ਭੇਜ ਰਹੇ ਹੋ, ਤਾਂ ਸਾਨੂੰ ਉਸ ਵਿਅਕਤੀ ਬਾਰੇ ਦੱਸੋ ਜਿਸ ਨੂੰ ਉਹਨਾਂ ਨੇ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ।
q-other-age-them-error = ਉਮਰ ਚੁਣੋ, ਜਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ
q-other-known = ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਉਹ ਕੌਣ ਹਨ?
q-other-known-yes = ਹਾਂ
q-other-known-no = ਨਹੀਂ
q-other-known-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ
q-other-known-error = ਹਾਂ, ਨਹੀਂ ਜਾਂ ਪੱਕਾ ਪਤਾ ਨਹੀਂ ਚੁਣੋ
q-how-many = ਕਿੰਨੇ ਲੋਕਾਂ ਨੇ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ?
q-how-many-one = ਇੱਕ ਵਿਅਕਤੀ
q-how-many-two-or-three = 2 ਜਾਂ 3 ਲੋਕ
q-how-many-more-than-three = 3 ਤੋਂ ਵੱਧ ਲੋਕ
q-how-many-dont-know = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ
q-how-many-error = ਚੁਣੋ ਕਿ ਕਿੰਨੇ ਲੋਕ ਸਨ
q-how-many-harmed = ਕਿੰਨੇ ਲੋਕਾਂ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਿਆ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-how-many-harmed-one = ਇੱਕ ਵਿਅਕਤੀ
q-how-many-harmed-two-or-three = 2 ਜਾਂ 3 ਲੋਕ
q-how-many-harmed-more-than-three = 3 ਤੋਂ ਵੱਧ ਲੋਕ
q-how-many-harmed-dont-know = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ
q-vulnerable = ਕੀ ਇਸ ਨਾਲ ਜੁੜੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਹਿੱਸਾ ਲੈਣ ਲਈ ਵਾਧੂ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-vulnerable-hint = ਜਿਵੇਂ, ਉਹਨਾਂ ਦੀ ਉਮਰ, ਕਿਸੇ ਅਪੰਗਤਾ ਜਾਂ ਉਹਨਾਂ ਦੀ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਰਨ।
q-vulnerable-yes = ਹਾਂ
q-vulnerable-no = ਨਹੀਂ
q-vulnerable-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ

step-referral-young-person = ਜਦੋਂ ਨੁਕਸਾਨ ਕਿਸੇ ਨੌਜਵਾਨ ਨੇ ਪਹੁੰਚਾਇਆ ਹੋਵੇ
step-referral-young-person-body =
    ਜਦੋਂ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਵਾਲਾ ਵਿਅਕਤੀ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦਾ ਹੋਵੇ, ਤਾਂ ਆਮ ਤੌਰ 'ਤੇ ਇਲਾਕੇ ਦੀ Youth Offending Team ਅਗਵਾਈ ਕਰਦੀ ਹੈ। ਇਹ ਕੌਂਸਲ ਦੀ ਉਹ ਟੀਮ ਹੈ ਜੋ ਕਾਨੂੰਨ ਤੋੜਨ ਵਾਲੇ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਨੌਜਵਾਨਾਂ ਨਾਲ ਕੰਮ ਕਰਦੀ ਹੈ। ਅਸੀਂ ਪਹਿਲਾਂ ਉਹਨਾਂ ਨਾਲ ਗੱਲ ਕਰਾਂਗੇ, ਅਤੇ ਪੱਕਾ ਕਰਾਂਗੇ ਕਿ ਤੁਹਾਨੂੰ ਸਹੀ ਮਦਦ ਮਿਲੇ।

    ਤੁਸੀਂ ਫਿਰ ਵੀ ਸਾਨੂੰ ਆਪਣੀ ਜਾਣਕਾਰੀ ਭੇਜ ਸਕਦੇ ਹੋ।

## Referral: in your own words, about you

step-referral-own-words = ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-story = ਕੀ ਹੋਇਆ ਸੀ?
q-story-hint = ਸਾਨੂੰ ਸਿਰਫ਼ ਉਹੀ ਦੱਸੋ ਜੋ ਤੁਸੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।
q-hopes = ਤੁਸੀਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਹੋਵੇ?
q-hopes-hint = ਜਿਵੇਂ, ਕੋਈ ਸਵਾਲ ਪੁੱਛਣਾ, ਆਪਣੀ ਗੱਲ ਸੁਣਾਉਣਾ, ਜਾਂ ਮਾਫ਼ੀ ਮਿਲਣੀ।
q-hopes-them = ਉਹ ਵਿਅਕਤੀ ਕੀ ਚਾਹੁੰਦਾ ਹੈ ਕਿ ਹੋਵੇ?
q-hopes-them-hint = ਜਿਵੇਂ, ਕੋਈ ਸਵਾਲ ਪੁੱਛਣਾ, ਆਪਣੀ ਗੱਲ ਸੁਣਾਉਣਾ, ਜਾਂ ਮਾਫ਼ੀ ਮਿਲਣੀ।

step-referral-about-you = ਤੁਹਾਡੇ ਬਾਰੇ
step-referral-about-you-them = ਉਸ ਵਿਅਕਤੀ ਬਾਰੇ
q-name = ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਸ ਨਾਂ ਨਾਲ ਬੁਲਾਈਏ?
q-name-hint = ਇਹ ਤੁਹਾਡਾ ਪਹਿਲਾ ਨਾਂ ਹੋ ਸਕਦਾ ਹੈ, ਜਾਂ ਕੋਈ ਹੋਰ ਨਾਂ ਜੋ ਤੁਹਾਨੂੰ ਪਸੰਦ ਹੈ।
q-name-error = ਲਿਖੋ ਕਿ ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਸ ਨਾਂ ਨਾਲ ਬੁਲਾਈਏ
q-name-them = ਅਸੀਂ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਸ ਨਾਂ ਨਾਲ ਬੁਲਾਈਏ?
q-name-them-hint = ਇਹ ਉਹਨਾਂ ਦਾ ਪਹਿਲਾ ਨਾਂ ਹੋ ਸਕਦਾ ਹੈ, ਜਾਂ ਕੋਈ ਹੋਰ ਨਾਂ ਜੋ ਉਹਨਾਂ ਨੂੰ ਪਸੰਦ ਹੈ।
q-name-them-error = ਲਿਖੋ ਕਿ ਅਸੀਂ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਸ ਨਾਂ ਨਾਲ ਬੁਲਾਈਏ
q-age-band = ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
q-age-band-under-18 = 18 ਸਾਲ ਤੋਂ ਘੱਟ
q-age-band-18-24 = 18 ਤੋਂ 24
q-age-band-25-34 = 25 ਤੋਂ 34
q-age-band-35-44 = 35 ਤੋਂ 44
q-age-band-45-54 = 45 ਤੋਂ 54
q-age-band-55-64 = 55 ਤੋਂ 64
q-age-band-65-plus = 65 ਜਾਂ ਵੱਧ
q-age-band-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-age-band-error = ਆਪਣੀ ਉਮਰ ਚੁਣੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ
q-age-band-them = ਉਹਨਾਂ ਦੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
q-age-band-them-error = ਉਹਨਾਂ ਦੀ ਉਮਰ ਚੁਣੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ

step-referral-under-18 = ਜੇ ਤੁਹਾਡੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ
step-referral-under-18-body =
    ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਉਮਰ ਵਿੱਚ ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਵਿੱਚ ਹਿੱਸਾ ਲੈ ਸਕਦੇ ਹੋ। ਤੁਹਾਨੂੰ ਮਾਂ-ਪਿਓ ਦੀ ਇਜਾਜ਼ਤ ਦੀ ਲੋੜ ਨਹੀਂ।

    ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਤਾਂ ਅਸੀਂ ਪੱਕਾ ਕਰਾਂਗੇ ਕਿ ਸਹਾਰੇ ਲਈ ਕੋਈ ਵੱਡਾ ਤੁਹਾਡੇ ਨਾਲ ਹੋਵੇ, ਜਿਵੇਂ ਮਾਂ-ਪਿਓ, ਕੇਅਰਰ ਜਾਂ ਯੂਥ ਵਰਕਰ।

step-referral-under-18-them = ਜੇ ਉਸ ਵਿਅਕਤੀ ਦੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ
step-referral-under-18-them-body =
    ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਕਿਸੇ ਵੀ ਉਮਰ ਵਿੱਚ ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਵਿੱਚ ਹਿੱਸਾ ਲੈ ਸਕਦਾ ਹੈ। ਉਹਨਾਂ ਨੂੰ ਮਾਂ-ਪਿਓ ਦੀ ਇਜਾਜ਼ਤ ਦੀ ਲੋੜ ਨਹੀਂ।

    ਜੇ ਉਹ ਚਾਹੁਣ, ਤਾਂ ਅਸੀਂ ਪੱਕਾ ਕਰਾਂਗੇ ਕਿ ਸਹਾਰੇ ਲਈ ਕੋਈ ਵੱਡਾ ਉਹਨਾਂ ਦੇ ਨਾਲ ਹੋਵੇ, ਜਿਵੇਂ ਮਾਂ-ਪਿਓ, ਕੇਅਰਰ ਜਾਂ ਯੂਥ ਵਰਕਰ।

## Referral: contacting you safely

step-referral-contact = ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰੀਏ
step-referral-contact-them = ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰੀਏ
q-contact-ways = ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਾਂ?
q-contact-ways-hint = ਉਹ ਸਾਰੇ ਤਰੀਕੇ ਚੁਣੋ ਜੋ ਤੁਹਾਡੇ ਲਈ ਸੁਰੱਖਿਅਤ ਹਨ।
q-contact-ways-phone = ਫ਼ੋਨ ਕਾਲ
q-contact-ways-text = ਟੈਕਸਟ ਸੁਨੇਹਾ
q-contact-ways-email = ਈਮੇਲ
q-contact-ways-letter = ਚਿੱਠੀ
q-contact-ways-error = ਸੰਪਰਕ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਚੁਣੋ
q-contact-ways-them = ਅਸੀਂ ਉਹਨਾਂ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਾਂ?
q-contact-ways-them-hint = ਉਹ ਸਾਰੇ ਤਰੀਕੇ ਚੁਣੋ ਜੋ ਉਹਨਾਂ ਲਈ ਸੁਰੱਖਿਅਤ ਹਨ।
q-contact-ways-them-error = ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਚੁਣੋ
q-phone = ਫ਼ੋਨ ਨੰਬਰ
q-phone-error = ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ
q-email = ਈਮੇਲ ਪਤਾ
q-email-error = ਈਮੇਲ ਪਤਾ ਲਿਖੋ
q-address = ਪਤਾ
q-address-error = ਆਪਣਾ ਪਤਾ ਲਿਖੋ
q-address-them = ਉਹਨਾਂ ਦਾ ਪਤਾ
q-address-them-error = ਉਹਨਾਂ ਦਾ ਪਤਾ ਲਿਖੋ
q-postcode = ਪੋਸਟਕੋਡ
q-postcode-error = ਆਪਣਾ ਪੋਸਟਕੋਡ ਲਿਖੋ
q-postcode-them = ਉਹਨਾਂ ਦਾ ਪੋਸਟਕੋਡ
q-postcode-them-error = ਉਹਨਾਂ ਦਾ ਪੋਸਟਕੋਡ ਲਿਖੋ

step-referral-contact-safety = ਸੰਪਰਕ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣਾ
q-voicemail-ok = ਕੀ ਸਾਡੇ ਲਈ ਫ਼ੋਨ 'ਤੇ ਸੁਨੇਹਾ ਛੱਡਣਾ ਜਾਂ ਟੈਕਸਟ ਭੇਜਣਾ ਸੁਰੱਖਿਅਤ ਹੈ?
q-voicemail-ok-hint = ਅਸੀਂ ਸੁਨੇਹੇ ਵਿੱਚ ਕਦੇ ਨਹੀਂ ਦੱਸਾਂਗੇ ਕਿ ਗੱਲ ਕਿਸ ਬਾਰੇ ਹੈ।
q-voicemail-ok-yes = ਹਾਂ
q-voicemail-ok-no = ਨਹੀਂ
q-voicemail-ok-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ
q-email-ok = ਕੀ ਸਾਡੇ ਲਈ ਤੁਹਾਨੂੰ ਈਮੇਲ ਭੇਜਣਾ ਸੁਰੱਖਿਅਤ ਹੈ?
q-email-ok-yes = ਹਾਂ
q-email-ok-no = ਨਹੀਂ
q-email-ok-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ
q-email-ok-them = ਕੀ ਸਾਡੇ ਲਈ ਉਹਨਾਂ ਨੂੰ ਈਮੇਲ ਭੇਜਣਾ ਸੁਰੱਖਿਅਤ ਹੈ?
q-email-ok-them-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ
q-safe-times = ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਕਦੋਂ ਸੁਰੱਖਿਅਤ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-safe-times-hint = ਜਿਵੇਂ, ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਦੁਪਹਿਰ 2 ਵਜੇ ਤੋਂ ਬਾਅਦ।
q-safe-times-them = ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਕਦੋਂ ਸੁਰੱਖਿਅਤ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-safe-times-them-hint = ਜਿਵੇਂ, ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਦੁਪਹਿਰ 2 ਵਜੇ ਤੋਂ ਬਾਅਦ।
q-caller-notes = ਕੀ ਕੋਈ ਗੱਲ ਹੈ ਜੋ ਫ਼ੋਨ ਕਰਨ ਵਾਲੇ ਨੂੰ ਕਹਿਣੀ ਚਾਹੀਦੀ ਹੈ, ਜਾਂ ਨਹੀਂ ਕਹਿਣੀ ਚਾਹੀਦੀ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-caller-notes-hint = ਜਿਵੇਂ, "ਕਹੋ ਕਿ ਤੁਸੀਂ ਡਾਕਟਰ ਦੇ ਦਫ਼ਤਰ ਤੋਂ ਹੋ" ਜਾਂ "Sam ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ ਕਹੋ"।

## Referral: your needs, your safety

step-referral-needs = ਤੁਹਾਨੂੰ ਸਾਡੇ ਤੋਂ ਕੀ ਚਾਹੀਦਾ ਹੈ
step-referral-needs-them = ਉਹਨਾਂ ਨੂੰ ਸਾਡੇ ਤੋਂ ਕੀ ਚਾਹੀਦਾ ਹੈ
q-language = ਤੁਸੀਂ ਕਿਹੜੀ ਭਾਸ਼ਾ ਵਰਤਣਾ ਚਾਹੋਗੇ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-language-them = ਉਹ ਕਿਹੜੀ ਭਾਸ਼ਾ ਵਰਤਣਾ ਚਾਹੁਣਗੇ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-interpreter = ਕੀ ਤੁਹਾਨੂੰ ਦੁਭਾਸ਼ੀਆ ਚਾਹੀਦਾ ਹੈ?
q-interpreter-yes = ਹਾਂ
q-interpreter-no = ਨਹੀਂ
q-interpreter-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ
q-interpreter-them = ਕੀ ਉਹਨਾਂ ਨੂੰ ਦੁਭਾਸ਼ੀਆ ਚਾਹੀਦਾ ਹੈ?
q-interpreter-them-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ
q-bsl = ਕੀ ਤੁਸੀਂ British Sign Language (BSL, ਬ੍ਰਿਟਿਸ਼ ਇਸ਼ਾਰਿਆਂ ਦੀ ਭਾਸ਼ਾ) ਵਰਤਦੇ ਹੋ?
q-bsl-yes = ਹਾਂ
q-bsl-no = ਨਹੀਂ
q-bsl-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ
q-bsl-them = ਕੀ ਉਹ British Sign Language (BSL, ਬ੍ਰਿਟਿਸ਼ ਇਸ਼ਾਰਿਆਂ ਦੀ ਭਾਸ਼ਾ) ਵਰਤਦੇ ਹਨ?
q-bsl-them-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ
q-access = ਕੀ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਚੀਜ਼ ਤੁਹਾਡੀ ਮਦਦ ਕਰੇਗੀ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-access-them = ਕੀ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਚੀਜ਼ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਰੇਗੀ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-access-large-print = ਵੱਡੇ ਅੱਖਰ
q-access-easy-read = ਆਸਾਨ ਭਾਸ਼ਾ (Easy Read)
q-access-hearing = ਸੁਣਨ ਵਿੱਚ ਮਦਦ
q-access-sight = ਦੇਖਣ ਵਿੱਚ ਮਦਦ
q-access-mobility = ਆਉਣ-ਜਾਣ ਵਿੱਚ ਮਦਦ
q-access-learning-disability = ਸਿੱਖਣ ਵਿੱਚ ਔਖ (learning disability) ਲਈ ਸਹਾਇਤਾ
q-access-mental-health = ਮਾਨਸਿਕ ਸਿਹਤ ਲਈ ਸਹਾਇਤਾ
q-support-person = ਕੀ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਸਹਾਰੇ ਲਈ ਕੋਈ ਤੁਹਾਡੇ ਨਾਲ ਹੋਵੇ?
q-support-person-hint = ਜਿਵੇਂ, ਕੋਈ ਦੋਸਤ, ਪਰਿਵਾਰ ਦਾ ਜੀਅ ਜਾਂ ਸਪੋਰਟ ਵਰਕਰ।
q-support-person-yes = ਹਾਂ
q-support-person-no = ਨਹੀਂ
q-support-person-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ
q-support-person-them = ਕੀ ਉਹ ਚਾਹੁੰਦੇ ਹਨ ਕਿ ਸਹਾਰੇ ਲਈ ਕੋਈ ਉਹਨਾਂ ਦੇ ਨਾਲ ਹੋਵੇ?
q-support-person-them-hint = ਜਿਵੇਂ, ਕੋਈ ਦੋਸਤ, ਪਰਿਵਾਰ ਦਾ ਜੀਅ ਜਾਂ ਸਪੋਰਟ ਵਰਕਰ।
q-support-person-them-error = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ

q-safe-now = ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਸੁਰੱਖਿਅਤ ਹੋ?
q-safe-now-yes = ਹਾਂ
q-safe-now-no = ਨਹੀਂ
q-safe-now-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ
q-safe-now-error = ਹਾਂ, ਨਹੀਂ ਜਾਂ ਪੱਕਾ ਪਤਾ ਨਹੀਂ ਚੁਣੋ
q-safe-now-them = ਕੀ ਉਹ ਵਿਅਕਤੀ ਇਸ ਵੇਲੇ ਸੁਰੱਖਿਅਤ ਹੈ?
q-safe-now-them-error = ਹਾਂ, ਨਹੀਂ ਜਾਂ ਪੱਕਾ ਪਤਾ ਨਹੀਂ ਚੁਣੋ

step-referral-not-safe = ਹੁਣੇ ਮਦਦ ਲੈਣਾ
step-referral-not-safe-body =
    ਜੇ ਤੁਸੀਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ ਹੁਣੇ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।

    ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ ਮੋਬਾਈਲ ਤੋਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜਦੋਂ ਕੋਈ ਆਵਾਜ਼ ਸੁਣੇ, ਤਾਂ 55 ਦਬਾਓ। ਇਸ ਨਾਲ ਪੁਲਿਸ ਨੂੰ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਸੱਚਮੁੱਚ ਐਮਰਜੈਂਸੀ ਹੈ।

    ਜੇ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ, ਤਾਂ ਪੁਲਿਸ ਨੂੰ 101 'ਤੇ ਫ਼ੋਨ ਕਰੋ।

    ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਹੋਵੋ, ਤੁਸੀਂ ਇਹ ਫ਼ਾਰਮ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ। ਜਦੋਂ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ, ਤਾਂ ਹੋਰ ਵੀ ਧਿਆਨ ਰੱਖਾਂਗੇ।

step-referral-not-safe-them = ਹੁਣੇ ਮਦਦ ਲੈਣਾ
step-referral-not-safe-them-body =
    ਜੇ ਉਹ ਵਿਅਕਤੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ ਹੁਣੇ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।

    ਜੇ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ, ਤਾਂ ਪੁਲਿਸ ਨੂੰ 101 'ਤੇ ਫ਼ੋਨ ਕਰੋ।

    ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਹੋਵੋ, ਤੁਸੀਂ ਇਹ ਫ਼ਾਰਮ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ। ਜਦੋਂ ਅਸੀਂ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ, ਤਾਂ ਹੋਰ ਵੀ ਧਿਆਨ ਰੱਖਾਂਗੇ।

## Referral: check, consent, send

step-referral-check = ਆਪਣੇ ਜਵਾਬ ਦੇਖੋ
step-referral-consent = ਤੁਹਾਡੀ ਸਹਿਮਤੀ
step-referral-consent-body =
    ਹਿੱਸਾ ਲੈਣਾ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਰੁਕ ਸਕਦੇ ਹੋ, ਇਹ ਫ਼ਾਰਮ ਭੇਜਣ ਤੋਂ ਬਾਅਦ ਵੀ।

    ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ, ਅਤੇ ਅੱਗੇ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਲਈ ਵਰਤਾਂਗੇ। ਅਸੀਂ ਇਹਨਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਦੇ ਹਾਂ, ਅਤੇ ਸਿਰਫ਼ ਉਦੋਂ ਕਿਸੇ ਨੂੰ ਦਿੰਦੇ ਹਾਂ ਜਦੋਂ ਦੇਣਾ ਜ਼ਰੂਰੀ ਹੋਵੇ, ਜਿਵੇਂ ਕਿਸੇ ਨੂੰ ਨੁਕਸਾਨ ਤੋਂ ਬਚਾਉਣ ਲਈ।
q-consent = ਤੁਹਾਡੀ ਸਹਿਮਤੀ
q-consent-agree = ਮੈਂ ਸਹਿਮਤ ਹਾਂ ਕਿ ਤੁਸੀਂ ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਬਾਰੇ ਮੇਰੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਮੇਰੇ ਜਵਾਬ ਵਰਤੋ
q-consent-error = ਸਹਿਮਤੀ ਦੇਣ ਲਈ ਖ਼ਾਨੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ, ਤਾਂ ਜੋ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕੀਏ
step-referral-consent-them = ਇਹ ਰੈਫ਼ਰਲ ਭੇਜਣਾ
step-referral-consent-them-body =
    ਹਿੱਸਾ ਲੈਣਾ ਹਮੇਸ਼ਾ ਉਸ ਵਿਅਕਤੀ ਦੀ ਆਪਣੀ ਮਰਜ਼ੀ ਹੈ। ਉਹ ਕਿਸੇ ਵੀ ਸਮੇਂ ਰੁਕ ਸਕਦੇ ਹਨ, ਤੁਹਾਡੇ ਇਹ ਫ਼ਾਰਮ ਭੇਜਣ ਤੋਂ ਬਾਅਦ ਵੀ।

    ਅਸੀਂ ਇਹ ਜਵਾਬ ਉਸ ਵਿਅਕਤੀ ਨਾਲ, ਅਤੇ ਲੋੜ ਪੈਣ 'ਤੇ ਤੁਹਾਡੇ ਨਾਲ, ਸੰਪਰਕ ਕਰਨ ਲਈ, ਅਤੇ ਅੱਗੇ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਲਈ ਵਰਤਾਂਗੇ। ਅਸੀਂ ਇਹਨਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਦੇ ਹਾਂ, ਅਤੇ ਸਿਰਫ਼ ਉਦੋਂ ਕਿਸੇ ਨੂੰ ਦਿੰਦੇ ਹਾਂ ਜਦੋਂ ਦੇਣਾ ਜ਼ਰੂਰੀ ਹੋਵੇ, ਜਿਵੇਂ ਕਿਸੇ ਨੂੰ ਨੁਕਸਾਨ ਤੋਂ ਬਚਾਉਣ ਲਈ।
q-consent-them = ਤੁਹਾਡੀ ਸਹਿਮਤੀ
q-consent-them-agree = ਮੈਂ ਸਹਿਮਤ ਹਾਂ ਕਿ ਤੁਸੀਂ ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਬਾਰੇ ਉਸ ਵਿਅਕਤੀ ਨਾਲ, ਅਤੇ ਲੋੜ ਪੈਣ 'ਤੇ ਮੇਰੇ ਨਾਲ, ਸੰਪਰਕ ਕਰਨ ਲਈ ਇਹ ਜਵਾਬ ਵਰਤੋ
q-consent-them-error = ਸਹਿਮਤੀ ਦੇਣ ਲਈ ਖ਼ਾਨੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ, ਤਾਂ ਜੋ ਅਸੀਂ ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕੀਏ

## Call back

step-call-back-your-details = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ
step-call-back-when = ਕਦੋਂ ਫ਼ੋਨ ਕਰੀਏ
q-call-days = ਕਿਹੜੇ ਦਿਨ ਸਭ ਤੋਂ ਠੀਕ ਹਨ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-call-days-monday = ਸੋਮਵਾਰ
q-call-days-tuesday = ਮੰਗਲਵਾਰ
q-call-days-wednesday = ਬੁੱਧਵਾਰ
q-call-days-thursday = ਵੀਰਵਾਰ
q-call-days-friday = ਸ਼ੁੱਕਰਵਾਰ
q-call-times = ਦਿਨ ਦਾ ਕਿਹੜਾ ਸਮਾਂ ਸਭ ਤੋਂ ਠੀਕ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-call-times-morning = ਸਵੇਰ
q-call-times-lunchtime = ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਦਾ ਸਮਾਂ
q-call-times-afternoon = ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ
step-call-back-language = ਭਾਸ਼ਾ
q-call-reason = ਤੁਸੀਂ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੋਗੇ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-call-reason-hint = ਕੁਝ ਸ਼ਬਦ ਹੀ ਕਾਫ਼ੀ ਹਨ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।
step-call-back-check = ਆਪਣੇ ਜਵਾਬ ਦੇਖੋ
step-call-back-consent = ਤੁਹਾਡੀ ਸਹਿਮਤੀ
step-call-back-consent-body =
    ਅਸੀਂ ਤੁਹਾਡਾ ਫ਼ੋਨ ਨੰਬਰ ਸਿਰਫ਼ ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਬਾਰੇ ਤੁਹਾਨੂੰ ਵਾਪਸ ਫ਼ੋਨ ਕਰਨ ਲਈ ਵਰਤਾਂਗੇ।

## Withdrawal

step-withdrawal-details = ਆਪਣਾ ਰੈਫ਼ਰਲ ਰੋਕੋ
step-withdrawal-details-body =
    ਸਾਨੂੰ ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਦੱਸੋ, ਅਤੇ ਇਹ ਵੀ ਕਿ ਅਸੀਂ ਕਿਵੇਂ ਪੱਕਾ ਕਰੀਏ ਕਿ ਇਹ ਤੁਸੀਂ ਹੀ ਹੋ। ਅਸੀਂ ਇੱਥੇ ਤੁਹਾਨੂੰ ਤੁਹਾਡੇ ਰੈਫ਼ਰਲ ਬਾਰੇ ਕੁਝ ਨਹੀਂ ਦਿਖਾਵਾਂਗੇ।
q-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ
q-reference-hint = ਇਹ RJ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ RJ-HK4M-7TWX।
q-reference-error = ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖੋ
q-withdraw-contact = ਤੁਹਾਡਾ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਪਤਾ
q-withdraw-contact-hint = ਉਹੀ ਜੋ ਤੁਸੀਂ ਸਾਨੂੰ ਦਿੱਤਾ ਸੀ, ਤਾਂ ਜੋ ਅਸੀਂ ਪੱਕਾ ਕਰ ਸਕੀਏ ਕਿ ਇਹ ਤੁਸੀਂ ਹੀ ਹੋ।
q-withdraw-contact-error = ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਪਤਾ ਲਿਖੋ
q-withdraw-reason = ਤੁਸੀਂ ਕਿਉਂ ਰੁਕਣਾ ਚਾਹੁੰਦੇ ਹੋ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
q-withdraw-reason-hint = ਤੁਹਾਨੂੰ ਸਾਨੂੰ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ।
q-withdraw-confirm = ਪੱਕਾ ਕਰੋ
q-withdraw-confirm-confirm = ਮੈਂ ਆਪਣਾ ਰੈਫ਼ਰਲ ਰੋਕਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ ਹਾਂ
q-withdraw-confirm-error = ਰੁਕਣ ਦੀ ਗੱਲ ਪੱਕੀ ਕਰਨ ਲਈ ਖ਼ਾਨੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ

## Confirmation

sent-referral-title = ਸਾਨੂੰ ਤੁਹਾਡਾ ਰੈਫ਼ਰਲ ਮਿਲ ਗਿਆ ਹੈ
sent-call-back-title = ਅਸੀਂ ਤੁਹਾਨੂੰ ਵਾਪਸ ਫ਼ੋਨ ਕਰਾਂਗੇ
sent-withdrawal-title = ਸਾਨੂੰ ਰੋਕਣ ਦੀ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲ ਗਈ ਹੈ
sent-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਇਹ ਹੈ:
sent-keep-reference = ਇਹ ਨੰਬਰ ਸੰਭਾਲ ਕੇ ਰੱਖੋ। ਜੇ ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਤਾਂ ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਲੋੜ ਪਵੇਗੀ।
sent-next-heading = ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ
sent-referral-next = ਸਾਡੀ ਟੀਮ ਦਾ ਕੋਈ ਮੈਂਬਰ { $date } ਤੱਕ ਤੁਹਾਡੇ ਨਾਲ ਉਸ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗਾ ਜੋ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਦੱਸਿਆ ਹੈ।
sent-call-back-next = ਅਸੀਂ { $date } ਤੱਕ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਾਂਗੇ।
sent-withdrawal-next = ਅਸੀਂ ਤੁਹਾਡੇ ਰੈਫ਼ਰਲ 'ਤੇ ਕੰਮ ਰੋਕ ਦੇਵਾਂਗੇ। ਜੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ, ਤਾਂ ਅਸੀਂ { $date } ਤੱਕ ਤੁਹਾਨੂੰ ਦੱਸ ਦੇਵਾਂਗੇ ਕਿ ਕੰਮ ਰੁਕ ਗਿਆ ਹੈ।
sent-contact-heading = ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
sent-withdraw-heading = ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਮਨ ਬਦਲੋ
sent-withdraw-text = ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਰੁਕ ਸਕਦੇ ਹੋ।
sent-withdraw-link = ਆਪਣਾ ਰੈਫ਼ਰਲ ਰੋਕੋ
sent-support-heading = ਉਡੀਕ ਦੌਰਾਨ ਸਹਾਰਾ
sent-support-text = ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ Victim Support (ਪੀੜਤਾਂ ਦੀ ਮਦਦ ਕਰਨ ਵਾਲੀ ਸੰਸਥਾ) ਤੋਂ ਮੁਫ਼ਤ ਮਦਦ ਲੈ ਸਕਦੇ ਹੋ, ਭਾਵੇਂ ਤੁਸੀਂ ਰੀਸਟੋਰੇਟਿਵ ਜਸਟਿਸ ਵਿੱਚ ਹਿੱਸਾ ਲਓ ਜਾਂ ਨਾ। ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
sent-print = ਰਿਕਾਰਡ ਰੱਖਣ ਲਈ, ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖ ਲਓ ਜਾਂ ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰ ਲਓ।
sent-equality-heading = ਸਾਰਿਆਂ ਨਾਲ ਬਰਾਬਰੀ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰੋ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
sent-equality-text = ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਸਵਾਲ ਸਾਨੂੰ ਇਹ ਦੇਖਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ ਕਿ ਅਸੀਂ ਸਾਰਿਆਂ ਨਾਲ ਬਰਾਬਰ ਦਾ ਸਲੂਕ ਕਰਦੇ ਹਾਂ। ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਡੇ ਰੈਫ਼ਰਲ ਤੋਂ ਵੱਖਰੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ।
sent-equality-link = ਬਰਾਬਰੀ ਬਾਰੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ
sent-home-link = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ

## Equality monitoring

step-referral-equality = ਸਾਰਿਆਂ ਨਾਲ ਬਰਾਬਰੀ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰੋ
step-referral-equality-body =
    ਇਹਨਾਂ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦੇਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਡੇ ਰੈਫ਼ਰਲ ਤੋਂ ਵੱਖਰੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਸਿਰਫ਼ ਇਹ ਗਿਣਨ ਲਈ ਵਰਤੇ ਜਾਂਦੇ ਹਨ ਕਿ ਅਸੀਂ ਕਿੰਨੇ ਲੋਕਾਂ ਦੀ ਮਦਦ ਕਰਦੇ ਹਾਂ।
q-eq-age = ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
q-eq-age-under-18 = 18 ਸਾਲ ਤੋਂ ਘੱਟ
q-eq-age-18-24 = 18 ਤੋਂ 24
q-eq-age-25-34 = 25 ਤੋਂ 34
q-eq-age-35-44 = 35 ਤੋਂ 44
q-eq-age-45-54 = 45 ਤੋਂ 54
q-eq-age-55-64 = 55 ਤੋਂ 64
q-eq-age-65-plus = 65 ਜਾਂ ਵੱਧ
q-eq-age-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-eq-sex = ਤੁਹਾਡਾ ਲਿੰਗ ਕੀ ਹੈ?
q-eq-sex-female = ਔਰਤ
q-eq-sex-male = ਮਰਦ
q-eq-sex-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-eq-gender-same = ਕੀ ਤੁਸੀਂ ਆਪਣੀ ਪਛਾਣ ਜਿਸ ਜੈਂਡਰ ਨਾਲ ਕਰਦੇ ਹੋ, ਉਹ ਉਹੀ ਹੈ ਜੋ ਜਨਮ ਵੇਲੇ ਤੁਹਾਡਾ ਲਿੰਗ ਦਰਜ ਕੀਤਾ ਗਿਆ ਸੀ?
q-eq-gender-same-yes = ਹਾਂ
q-eq-gender-same-no = ਨਹੀਂ
q-eq-gender-same-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-eq-ethnicity = ਤੁਹਾਡਾ ਨਸਲੀ ਪਿਛੋਕੜ ਕੀ ਹੈ?
q-eq-ethnicity-white-british = ਗੋਰੇ: ਅੰਗਰੇਜ਼, ਵੈਲਸ਼, ਸਕਾਟਿਸ਼, ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਦੇ ਜਾਂ ਬ੍ਰਿਟਿਸ਼
q-eq-ethnicity-white-irish = ਗੋਰੇ: ਆਇਰਿਸ਼
q-eq-ethnicity-white-gypsy-traveller = ਗੋਰੇ: ਜਿਪਸੀ ਜਾਂ ਆਇਰਿਸ਼ ਟ੍ਰੈਵਲਰ
q-eq-ethnicity-white-roma = ਗੋਰੇ: ਰੋਮਾ
q-eq-ethnicity-white-other = ਗੋਰੇ: ਕੋਈ ਹੋਰ ਗੋਰਾ ਪਿਛੋਕੜ
q-eq-ethnicity-mixed-white-black-caribbean = ਮਿਲਿਆ-ਜੁਲਿਆ: ਗੋਰੇ ਅਤੇ ਬਲੈਕ ਕੈਰੇਬੀਅਨ
q-eq-ethnicity-mixed-white-black-african = ਮਿਲਿਆ-ਜੁਲਿਆ: ਗੋਰੇ ਅਤੇ ਬਲੈਕ ਅਫ਼ਰੀਕੀ
q-eq-ethnicity-mixed-white-asian = ਮਿਲਿਆ-ਜੁਲਿਆ: ਗੋਰੇ ਅਤੇ ਏਸ਼ੀਆਈ
q-eq-ethnicity-mixed-other = ਮਿਲਿਆ-ਜੁਲਿਆ: ਕੋਈ ਹੋਰ ਮਿਲਿਆ-ਜੁਲਿਆ ਜਾਂ ਇੱਕ ਤੋਂ ਵੱਧ ਪਿਛੋਕੜ
q-eq-ethnicity-asian-indian = ਏਸ਼ੀਆਈ ਜਾਂ ਏਸ਼ੀਆਈ ਬ੍ਰਿਟਿਸ਼: ਭਾਰਤੀ
q-eq-ethnicity-asian-pakistani = ਏਸ਼ੀਆਈ ਜਾਂ ਏਸ਼ੀਆਈ ਬ੍ਰਿਟਿਸ਼: ਪਾਕਿਸਤਾਨੀ
q-eq-ethnicity-asian-bangladeshi = ਏਸ਼ੀਆਈ ਜਾਂ ਏਸ਼ੀਆਈ ਬ੍ਰਿਟਿਸ਼: ਬੰਗਲਾਦੇਸ਼ੀ
q-eq-ethnicity-asian-chinese = ਏਸ਼ੀਆਈ ਜਾਂ ਏਸ਼ੀਆਈ ਬ੍ਰਿਟਿਸ਼: ਚੀਨੀ
q-eq-ethnicity-asian-other = ਏਸ਼ੀਆਈ ਜਾਂ ਏਸ਼ੀਆਈ ਬ੍ਰਿਟਿਸ਼: ਕੋਈ ਹੋਰ ਏਸ਼ੀਆਈ ਪਿਛੋਕੜ
q-eq-ethnicity-black-african = ਬਲੈਕ, ਬਲੈਕ ਬ੍ਰਿਟਿਸ਼, ਕੈਰੇਬੀਅਨ ਜਾਂ ਅਫ਼ਰੀਕੀ: ਅਫ਼ਰੀਕੀ
q-eq-ethnicity-black-caribbean = ਬਲੈਕ, ਬਲੈਕ ਬ੍ਰਿਟਿਸ਼, ਕੈਰੇਬੀਅਨ ਜਾਂ ਅਫ਼ਰੀਕੀ: ਕੈਰੇਬੀਅਨ
q-eq-ethnicity-black-other = ਬਲੈਕ, ਬਲੈਕ ਬ੍ਰਿਟਿਸ਼, ਕੈਰੇਬੀਅਨ ਜਾਂ ਅਫ਼ਰੀਕੀ: ਕੋਈ ਹੋਰ ਪਿਛੋਕੜ
q-eq-ethnicity-other-arab = ਕੋਈ ਹੋਰ ਨਸਲੀ ਸਮੂਹ: ਅਰਬ
q-eq-ethnicity-other-any = ਕੋਈ ਹੋਰ ਨਸਲੀ ਸਮੂਹ
q-eq-ethnicity-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-eq-disability = ਕੀ ਤੁਹਾਨੂੰ ਕੋਈ ਅਪੰਗਤਾ ਜਾਂ ਲੰਮੇ ਸਮੇਂ ਦੀ ਸਿਹਤ ਸਮੱਸਿਆ ਹੈ?
q-eq-disability-yes = ਹਾਂ
q-eq-disability-no = ਨਹੀਂ
q-eq-disability-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ

## Too many tries

busy-title = ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਉਡੀਕ ਕਰੋ
busy-text =
    ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਤੁਹਾਡੇ ਕਨੈਕਸ਼ਨ ਤੋਂ ਸਾਨੂੰ ਬਹੁਤ ਸਾਰੇ ਜਵਾਬ ਮਿਲੇ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ { $minutes ->
        [one] { $minutes } ਮਿੰਟ
       *[other] { $minutes } ਮਿੰਟ
    } ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
busy-back = ਆਪਣੇ ਜਵਾਬਾਂ 'ਤੇ ਵਾਪਸ ਜਾਣ ਲਈ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦਾ "Back" (ਪਿੱਛੇ) ਬਟਨ ਵਰਤੋ। ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਵੀ ਉੱਥੇ ਹਨ।

## Our database is not answering

store-down-title = ਅਸੀਂ ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲ ਨਹੀਂ ਸਕਦੇ
store-down-text = ਸਾਡੇ ਪਾਸੇ ਕੋਈ ਸਮੱਸਿਆ ਹੈ। ਪਿਛਲੇ ਪੰਨਿਆਂ 'ਤੇ ਦਿੱਤੇ ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਹੋਏ ਹਨ। ਤੁਸੀਂ ਇਸ ਪੰਨੇ 'ਤੇ ਜੋ ਲਿਖਿਆ ਸੀ, ਉਹ ਅਜੇ ਵੀ ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਹੈ: ਉਸ 'ਤੇ ਵਾਪਸ ਜਾਣ ਲਈ ਬ੍ਰਾਊਜ਼ਰ ਦਾ "Back" (ਪਿੱਛੇ) ਬਟਨ ਵਰਤੋ, ਫਿਰ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਇਹ ਵਾਰ-ਵਾਰ ਹੁੰਦਾ ਹੈ, ਤਾਂ ਸਾਨੂੰ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਸਭ ਕਿਵੇਂ ਰਿਹਾ
feedback-intro = ਹਿੱਸਾ ਲੈਣ ਲਈ ਧੰਨਵਾਦ। ਤੁਹਾਡੇ ਜਵਾਬ ਦੂਜੇ ਲੋਕਾਂ ਲਈ ਸਾਡੀ ਸੇਵਾ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰਦੇ ਹਨ। ਅਸੀਂ ਸਿਰਫ਼ ਜਵਾਬਾਂ ਦੀ ਗਿਣਤੀ ਕਰਦੇ ਹਾਂ: ਕੋਈ ਵੀ ਉਹਨਾਂ ਨੂੰ ਤੁਹਾਡੇ ਨਾਮ ਨਾਲ ਨਹੀਂ ਪੜ੍ਹਦਾ।
feedback-prefer-not = ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਵਾਲ ਲਈ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣ ਸਕਦੇ ਹੋ।
q-fb-service = ਅਸੀਂ ਤੁਹਾਨੂੰ ਜੋ ਸੇਵਾ ਦਿੱਤੀ, ਉਸ ਤੋਂ ਤੁਸੀਂ ਕਿੰਨੇ ਸੰਤੁਸ਼ਟ ਹੋ?
q-fb-service-very-satisfied = ਬਹੁਤ ਸੰਤੁਸ਼ਟ
q-fb-service-satisfied = ਸੰਤੁਸ਼ਟ
q-fb-service-neither = ਨਾ ਸੰਤੁਸ਼ਟ, ਨਾ ਅਸੰਤੁਸ਼ਟ
q-fb-service-dissatisfied = ਅਸੰਤੁਸ਼ਟ
q-fb-service-very-dissatisfied = ਬਹੁਤ ਅਸੰਤੁਸ਼ਟ
q-fb-service-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-fb-service-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕਿੰਨੇ ਸੰਤੁਸ਼ਟ ਹੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ
q-fb-outcome = ਅਖ਼ੀਰ ਵਿੱਚ ਜੋ ਹੋਇਆ, ਉਸ ਤੋਂ ਤੁਸੀਂ ਕਿੰਨੇ ਸੰਤੁਸ਼ਟ ਹੋ?
q-fb-outcome-very-satisfied = ਬਹੁਤ ਸੰਤੁਸ਼ਟ
q-fb-outcome-satisfied = ਸੰਤੁਸ਼ਟ
q-fb-outcome-neither = ਨਾ ਸੰਤੁਸ਼ਟ, ਨਾ ਅਸੰਤੁਸ਼ਟ
q-fb-outcome-dissatisfied = ਅਸੰਤੁਸ਼ਟ
q-fb-outcome-very-dissatisfied = ਬਹੁਤ ਅਸੰਤੁਸ਼ਟ
q-fb-outcome-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-fb-outcome-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕਿੰਨੇ ਸੰਤੁਸ਼ਟ ਹੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ
q-fb-safety = ਪਹਿਲਾਂ ਦੇ ਮੁਕਾਬਲੇ, ਹੁਣ ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
q-fb-safety-better = ਪਹਿਲਾਂ ਨਾਲੋਂ ਵੱਧ ਸੁਰੱਖਿਅਤ
q-fb-safety-same = ਲਗਭਗ ਪਹਿਲਾਂ ਵਰਗਾ
q-fb-safety-worse = ਪਹਿਲਾਂ ਨਾਲੋਂ ਘੱਟ ਸੁਰੱਖਿਅਤ
q-fb-safety-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-fb-safety-error = ਕੋਈ ਇੱਕ ਜਵਾਬ ਚੁਣੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ
q-fb-wellbeing = ਪਹਿਲਾਂ ਦੇ ਮੁਕਾਬਲੇ, ਹੁਣ ਤੁਸੀਂ ਆਪ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
q-fb-wellbeing-better = ਪਹਿਲਾਂ ਨਾਲੋਂ ਬਿਹਤਰ
q-fb-wellbeing-same = ਲਗਭਗ ਪਹਿਲਾਂ ਵਰਗਾ
q-fb-wellbeing-worse = ਪਹਿਲਾਂ ਨਾਲੋਂ ਬੁਰਾ
q-fb-wellbeing-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-fb-wellbeing-error = ਕੋਈ ਇੱਕ ਜਵਾਬ ਚੁਣੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ
q-fb-coping = ਪਹਿਲਾਂ ਦੇ ਮੁਕਾਬਲੇ, ਜੋ ਹੋਇਆ ਉਸ ਨਾਲ ਤੁਸੀਂ ਹੁਣ ਕਿੰਨੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਨਜਿੱਠ ਸਕਦੇ ਹੋ?
q-fb-coping-better = ਪਹਿਲਾਂ ਨਾਲੋਂ ਬਿਹਤਰ
q-fb-coping-same = ਲਗਭਗ ਪਹਿਲਾਂ ਵਰਗਾ
q-fb-coping-worse = ਪਹਿਲਾਂ ਨਾਲੋਂ ਬੁਰਾ
q-fb-coping-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-fb-coping-error = ਕੋਈ ਇੱਕ ਜਵਾਬ ਚੁਣੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ
q-fb-confidence = ਪਹਿਲਾਂ ਦੇ ਮੁਕਾਬਲੇ, ਹੁਣ ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਅਤੇ ਅਦਾਲਤਾਂ 'ਤੇ ਕਿੰਨਾ ਭਰੋਸਾ ਹੈ?
q-fb-confidence-better = ਪਹਿਲਾਂ ਨਾਲੋਂ ਵੱਧ ਭਰੋਸਾ
q-fb-confidence-same = ਲਗਭਗ ਪਹਿਲਾਂ ਵਰਗਾ
q-fb-confidence-worse = ਪਹਿਲਾਂ ਨਾਲੋਂ ਘੱਟ ਭਰੋਸਾ
q-fb-confidence-prefer-not = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
q-fb-confidence-error = ਕੋਈ ਇੱਕ ਜਵਾਬ ਚੁਣੋ, ਜਾਂ "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਚੁਣੋ
feedback-gone-title = ਇਹ ਲਿੰਕ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦਾ
feedback-gone-text = ਰਾਇ ਦੇਣ ਵਾਲਾ ਹਰ ਲਿੰਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ, ਅਤੇ ਸਿਰਫ਼ ਕੁਝ ਹਫ਼ਤਿਆਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ। ਜੇ ਤੁਸੀਂ ਫਿਰ ਵੀ ਸਾਨੂੰ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਸਭ ਕਿਵੇਂ ਰਿਹਾ, ਤਾਂ ਸਾਨੂੰ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
feedback-thanks-title = ਧੰਨਵਾਦ
feedback-thanks-text = ਸਾਨੂੰ ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਲ ਗਏ ਹਨ। ਇਹ ਅਗਲੇ ਵਿਅਕਤੀ ਲਈ ਸਾਡੀ ਸੇਵਾ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰਦੇ ਹਨ।
