## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = अभी शुरू करें
button-continue = आगे बढ़ें
button-send = भेजें
button-carry-on = जारी रखें
button-skip = ये सवाल छोड़ दें
link-back = पीछे
select-choose = महीना चुनें
spam-trap-label = इस ख़ाने को ख़ाली छोड़ दें
offer-call-back = आप इसकी जगह हमसे फ़ोन करने को कह सकते हैं
check-change = बदलें
check-not-answered = जवाब नहीं दिया
consent-privacy-link = पढ़ें कि हम आपकी जानकारी कैसे इस्तेमाल करते हैं (निजता के बारे में सूचना)
textarea-count =
    आपने { $max ->
        [one] { $max } अक्षर
       *[other] { $max } अक्षरों
    } में से { $used } का इस्तेमाल किया है।

## Errors

error-summary-title = कोई समस्या है
error-prefix = ग़लती:
error-title-prefix = ग़लती:
error-choose-from-list = सूची में से कोई एक जवाब चुनें
error-too-long =
    ज़्यादा से ज़्यादा { $count ->
        [one] { $count } अक्षर
       *[other] { $count } अक्षर
    } इस्तेमाल करें
error-phone = फ़ोन नंबर इस तरह लिखें: 07700 900 982 या +48 601 234 567
error-email = ईमेल पता इस तरह लिखें: name@example.com
error-postcode = पोस्टकोड इस तरह लिखें: B1 1BB
error-year = साल 4 अंकों में लिखें, जैसे 2024
error-years = सालों की गिनती लिखें, जैसे 3
error-crime-reference = क्राइम रेफ़रेंस नंबर में सिर्फ़ अक्षर, अंक, / और - ही होते हैं
error-reference = अपना रेफ़रेंस नंबर लिखें, जैसे RJ-HK4M-7TWX
error-date-future = तारीख़ बीते हुए समय की होनी चाहिए
error-too-fast = कृपया अपने जवाब देख लें, फिर दोबारा भेजें

## Start pages

start-referral-title = रीस्टोरेटिव जस्टिस के लिए अनुरोध करें
start-referral-body =
    हम आपके बारे में और जो हुआ उसके बारे में कुछ सवाल पूछेंगे। इसमें लगभग 15 मिनट लगते हैं।

    यह मुफ़्त है। यह निजी है। आपकी मर्ज़ी के बिना कुछ नहीं होता, और आप कभी भी रुक सकते हैं।

    जो बात आप अभी नहीं बताना चाहते, उसे छोड़ सकते हैं। फिर हमारी टीम का कोई सदस्य आपके चुने हुए तरीक़े से आपसे संपर्क करेगा।
start-call-back-title = हमसे फ़ोन करने को कहें
start-call-back-body =
    हमें एक फ़ोन नंबर दें, और बताएँ कि फ़ोन करने के लिए कौन-सा समय ठीक है। इसमें लगभग 3 मिनट लगते हैं।

    हम आपके सवालों के जवाब देने के लिए फ़ोन करेंगे। आपको फ़ोन पर कोई फ़ैसला करने की ज़रूरत नहीं है।
start-withdrawal-title = अपना रेफ़रल रोकें
start-withdrawal-body =
    आप कभी भी, किसी भी वजह से रुक सकते हैं। आपको हमें वजह बताने की ज़रूरत नहीं है।

    आपको वह रेफ़रेंस नंबर चाहिए होगा जो हमने आपको दिया था।
start-kept-for =
    जब आप यह फ़ॉर्म भरते हैं, हम आपके जवाब ज़्यादा से ज़्यादा { $hours ->
        [one] { $hours } घंटे
       *[other] { $hours } घंटों
    } तक अपने सर्वर पर रखते हैं। जब आप जवाब भेज देते हैं या "{ quick-exit }" दबाते हैं, तो ये मिटा दिए जाते हैं।

## Referral: who it is for

q-for-whom = यह किसके लिए है?
q-for-whom-me = मेरे लिए
q-for-whom-someone-else = किसी और के लिए, जो इसके लिए राज़ी है
q-for-whom-error = चुनें कि यह किसके लिए है

step-referral-on-behalf = आपके बारे में
q-relationship = आप उस व्यक्ति को कैसे जानते हैं?
q-relationship-family = मैं परिवार से हूँ
q-relationship-friend = मैं दोस्त हूँ
q-relationship-supporter = मैं उन्हें सहारा देता/देती हूँ (जैसे केयरर या एडवोकेट)
q-relationship-professional = मैं उनके साथ काम करता/करती हूँ
q-relationship-error = चुनें कि आप उस व्यक्ति को कैसे जानते हैं
q-organisation-type = आप कहाँ काम करते हैं?
q-organisation-type-police = पुलिस
q-organisation-type-probation = प्रोबेशन
q-organisation-type-victim-care = पीड़ितों की देखभाल या सहायता
q-organisation-type-yot = Youth Offending Team (युवाओं के लिए काउंसिल की टीम)
q-organisation-type-prison = जेल
q-organisation-type-csp = कम्युनिटी सेफ़्टी पार्टनरशिप
q-organisation-type-health = स्वास्थ्य सेवा, जैसे GP या अस्पताल
q-organisation-type-school = स्कूल या कॉलेज
q-organisation-type-other = कहीं और
q-organisation-type-error = चुनें कि आप कहाँ काम करते हैं
q-organisation-name = आपकी संस्था का नाम (ज़रूरी नहीं)

step-referral-your-details = आपकी जानकारी
q-referrer-name = आपका नाम
q-referrer-name-error = अपना नाम लिखें
q-referrer-phone = आपका फ़ोन नंबर
q-referrer-phone-error = अपना फ़ोन नंबर लिखें
q-referrer-email = आपका ईमेल पता (ज़रूरी नहीं)

q-agreed = क्या वह व्यक्ति इस रेफ़रल के लिए राज़ी है?
q-agreed-hint = हम सिर्फ़ उस व्यक्ति की मदद कर सकते हैं जो हमारी मदद चाहता है। अगर आप पुलिस अधिकारी हैं और आपने अभी उनसे पूछा नहीं है, तो हम आपकी ओर से उनसे पूछ सकते हैं।
q-agreed-yes = हाँ, वे राज़ी हैं
q-agreed-not-asked = मैंने अभी उनसे पूछा नहीं है
q-agreed-no = नहीं, वे राज़ी नहीं हैं
q-agreed-error = चुनें कि वे राज़ी हैं या नहीं

step-referral-need-agreement = पहले उस व्यक्ति की सहमति चाहिए
step-referral-need-agreement-body =
    रीस्टोरेटिव जस्टिस तभी काम करता है जब लोग ख़ुद इसे चुनते हैं। इसलिए हम रेफ़रल तभी ले सकते हैं जब उस व्यक्ति को इसके बारे में पता हो और वह राज़ी हो।

    आप उन्हें इस वेबसाइट के बारे में बता सकते हैं, या हमारा फ़ोन नंबर दे सकते हैं। वे ख़ुद हमसे संपर्क कर सकते हैं, या आपको यह फ़ॉर्म भेजने के लिए हाँ कह सकते हैं।

    अगर आपको उनकी सुरक्षा की चिंता है, तो इमरजेंसी में 999 पर फ़ोन करें, या अगर इमरजेंसी नहीं है तो 101 पर।

step-referral-we-will-ask = हम आपकी ओर से उनसे पूछेंगे
step-referral-we-will-ask-body =
    धन्यवाद। उनसे अभी पूछा नहीं गया है, इसलिए हम पहले उनसे संपर्क करेंगे और पूछेंगे कि क्या वे हमारी मदद चाहते हैं। जब तक वे हाँ नहीं कहते, तब तक और कुछ नहीं होगा।

    आगे बढ़ें और हमें वह बताएँ जो आप जानते हैं। जिस बात के बारे में आपको पक्का नहीं पता, उसे आप छोड़ सकते हैं।

## Referral: what happened

q-connection = जो हुआ, उससे आपका क्या संबंध है?
q-connection-harmed = मुझे नुकसान पहुँचा
q-connection-family-harmed = मेरे परिवार के किसी सदस्य को नुकसान पहुँचा
q-connection-bereaved = मेरे परिवार के किसी सदस्य की मौत किसी अपराध की वजह से हुई
q-connection-caused-harm = मैंने नुकसान पहुँचाया
q-connection-other-affected = मुझ पर किसी और तरह से असर पड़ा
q-connection-error = चुनें कि आपका इससे क्या संबंध है
q-connection-them = जो हुआ, उससे उस व्यक्ति का क्या संबंध है?
q-connection-them-harmed = उन्हें नुकसान पहुँचा
q-connection-them-family-harmed = उनके परिवार के किसी सदस्य को नुकसान पहुँचा
q-connection-them-bereaved = उनके परिवार के किसी सदस्य की मौत किसी अपराध की वजह से हुई
q-connection-them-caused-harm = उन्होंने नुकसान पहुँचाया
q-connection-them-other-affected = उन पर किसी और तरह से असर पड़ा
q-connection-them-error = चुनें कि उनका इससे क्या संबंध है

step-referral-what-happened = क्या हुआ
q-crime-type = यह किस तरह का अपराध था?
q-crime-type-hint = सबसे क़रीब वाला जवाब चुनें। आपको ब्योरा देने की ज़रूरत नहीं है।
q-crime-type-violence = हिंसा या हमला
q-crime-type-sexual = यौन अपराध
q-crime-type-domestic-abuse = घरेलू हिंसा
q-crime-type-hate-crime = नफ़रत से किया गया अपराध
q-crime-type-burglary = घर या इमारत में घुसकर चोरी
q-crime-type-robbery = लूट
q-crime-type-theft = चोरी
q-crime-type-criminal-damage = संपत्ति या सामान की तोड़-फोड़
q-crime-type-fraud-online = धोखाधड़ी या ऑनलाइन अपराध
q-crime-type-harassment = परेशान करना या पीछा करना
q-crime-type-driving = गाड़ी चलाने से जुड़ा अपराध
q-crime-type-asb = असामाजिक व्यवहार, जैसे शोर या परेशानी
q-crime-type-not-crime = ऐसा नुकसान जो अपराध नहीं था, जैसे स्कूल या काम पर
q-crime-type-other = कुछ और
q-crime-type-prefer-not = मैं नहीं बताना चाहता/चाहती
q-crime-type-error = अपराध का प्रकार चुनें, या "मैं नहीं बताना चाहता/चाहती" चुनें
q-markers = क्या इनमें से कोई बात सच थी? (ज़रूरी नहीं)
q-markers-hate = यह मेरी पहचान की वजह से हुआ, जैसे मेरी नस्ल, धर्म, विकलांगता, यौन रुझान या जेंडर
q-markers-online = यह ऑनलाइन हुआ
q-markers-domestic = यह जीवनसाथी, पूर्व जीवनसाथी या परिवार के किसी सदस्य ने किया

step-referral-not-a-crime = हम अपराध के बाद मदद करते हैं
step-referral-not-a-crime-body =
    हमारी सेवा अपराध से हुए नुकसान के लिए है। स्कूल, काम या घर में हुए ऐसे नुकसान के लिए जो अपराध नहीं था, स्कूल, आपको काम देने वाला (employer) या इलाक़े की कोई मध्यस्थता (mediation) सेवा मदद कर सकती है।

    आप फिर भी हमें अपनी जानकारी भेज सकते हैं। हम इसे पढ़ेंगे और आपको बताएँगे कि कौन मदद कर सकता है।

step-referral-anti-social-behaviour = असामाजिक व्यवहार के लिए मदद
step-referral-anti-social-behaviour-body =
    असामाजिक व्यवहार, जैसे पड़ोसियों का शोर या परेशानी, आम तौर पर अपराध नहीं होता। आपकी स्थानीय काउंसिल या आपके घर का इंतज़ाम करने वाली संस्था के पास अक्सर इसके लिए मुफ़्त मध्यस्थता (mediation) सेवा होती है।

    आप फिर भी हमें अपनी जानकारी भेज सकते हैं। हम इसे पढ़ेंगे और आपको बताएँगे कि कौन मदद कर सकता है।

step-referral-when = यह कब हुआ
q-when = यह कब हुआ?
q-when-date = मुझे महीना और साल पता है
q-when-years-ago = मुझे लगभग पता है कि कितने साल पहले
q-when-not-sure = मुझे पक्का नहीं पता
q-when-error = चुनें कि यह कब हुआ
q-when-month = महीना
q-when-month-error = महीना चुनें
q-when-year = साल
q-when-year-hint = जैसे, 2024
q-when-year-error = साल लिखें
q-when-years = कितने साल पहले?
q-when-years-error = लिखें कि कितने साल पहले
q-how-long = यह कितने समय तक चला? (ज़रूरी नहीं)
q-how-long-hint = कुछ नुकसान एक बार होता है। कुछ नुकसान लंबे समय तक चलता है।
q-how-long-once = यह एक बार हुआ, या कुछ दिनों तक चला
q-how-long-up-to-3-years = यह 3 साल तक चला
q-how-long-more-than-3-years = यह 3 साल से ज़्यादा समय तक चला
q-how-long-not-sure = मुझे पक्का नहीं पता
q-ongoing = क्या यह अब भी हो रहा है, या आपको चिंता है कि यह फिर से होगा? (ज़रूरी नहीं)
q-ongoing-yes = हाँ
q-ongoing-no = नहीं
q-ongoing-not-sure = मुझे पक्का नहीं पता

step-referral-police = पुलिस और अदालतें
q-reported = क्या पुलिस को इसकी रिपोर्ट की गई थी?
q-reported-hint = हमारी मदद माँगने के लिए पुलिस को बताया होना ज़रूरी नहीं है।
q-reported-yes = हाँ
q-reported-no = नहीं
q-reported-not-sure = मुझे पक्का नहीं पता
q-reported-error = हाँ, नहीं या पक्का नहीं पता चुनें
q-crime-reference = क्राइम रेफ़रेंस नंबर (ज़रूरी नहीं)
q-crime-reference-hint = सिर्फ़ अगर यह अभी आपके पास है।
q-stage = अभी इस मामले में क्या हो रहा है?
q-stage-not-reported = इसकी रिपोर्ट नहीं हुई थी
q-stage-investigating = पुलिस इसकी जाँच कर रही है
q-stage-awaiting-court = यह अदालत में जाने का इंतज़ार कर रहा है
q-stage-prison = किसी को जेल भेजा गया
q-stage-community = किसी को जेल के बाहर रहकर काटी जाने वाली सज़ा (community sentence) मिली
q-stage-finished = सब कुछ ख़त्म हो चुका है
q-stage-no-further-action = पुलिस ने आगे कोई कार्रवाई नहीं की
q-stage-dont-know = मुझे नहीं पता
q-stage-error = चुनें कि अभी क्या हो रहा है
q-agencies = क्या पुलिस के अलावा दूसरी सेवाएँ भी इसमें शामिल हैं? (ज़रूरी नहीं)
q-agencies-hint = जैसे, सोशल सर्विसेज़, सपोर्ट वर्कर, मानसिक स्वास्थ्य टीम या स्कूल।
q-agencies-yes = हाँ
q-agencies-no = नहीं
q-agencies-not-sure = मुझे पक्का नहीं पता

step-referral-where = कहाँ
q-area-happened = यह कहाँ हुआ?
q-area-happened-error = चुनें कि यह कहाँ हुआ
q-area-lives = आप कहाँ रहते हैं?
q-area-lives-error = चुनें कि आप कहाँ रहते हैं
q-area-lives-them = वह व्यक्ति कहाँ रहता है?
q-area-lives-them-error = चुनें कि वे कहाँ रहते हैं
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
q-area-happened-elsewhere = कहीं और
q-area-happened-not-sure = मुझे पक्का नहीं पता
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
q-area-lives-elsewhere = कहीं और
q-area-lives-not-sure = मुझे पक्का नहीं पता

step-referral-outside-area = West Midlands से बाहर मदद
step-referral-outside-area-body =
    हम West Midlands में काम करते हैं। पूरे England और Wales में रीस्टोरेटिव जस्टिस की सेवाएँ हैं, और हम आपकी जानकारी आपके पास की सेवा को भेज सकते हैं।

    आप फिर भी हमें अपनी जानकारी भेज सकते हैं। हम सही सेवा से बात करेंगे और आपको बताएँगे।

step-referral-other-person = दूसरा व्यक्ति
q-other-age = नुकसान पहुँचाने वाले व्यक्ति की उम्र कितनी है?
q-other-age-hint = अगर नुकसान आपने पहुँचाया था, तो हमें उस व्यक्ति के बारे में बताएँ जिसे नुकसान पहुँचा।
q-other-age-under-18 = 18 साल से कम
q-other-age-adult = 18 साल या ज़्यादा
q-other-age-dont-know = मुझे नहीं पता
q-other-age-error = उम्र चुनें, या "मुझे नहीं पता" चुनें
q-other-age-them = नुकसान पहुँचाने वाले व्यक्ति की उम्र कितनी है?
q-other-age-them-hint = अगर नुकसान उस व्यक्ति ने पहुँचाया था जिसका रेफ़रल आप भेज रहे हैं, तो हमें उस व्यक्ति के बारे में बताएँ जिसे उन्होंने नुकसान पहुँचाया।
q-other-age-them-error = उम्र चुनें, या "मुझे नहीं पता" चुनें
q-other-known = क्या आपको पता है कि वे कौन हैं?
q-other-known-yes = हाँ
q-other-known-no = नहीं
q-other-known-not-sure = मुझे पक्का नहीं पता
q-other-known-error = हाँ, नहीं या पक्का नहीं पता चुनें
q-how-many = कितने लोगों ने नुकसान पहुँचाया?
q-how-many-one = एक व्यक्ति
q-how-many-two-or-three = 2 या 3 लोग
q-how-many-more-than-three = 3 से ज़्यादा लोग
q-how-many-dont-know = मुझे नहीं पता
q-how-many-error = चुनें कि कितने लोग थे
q-how-many-harmed = कितने लोगों को नुकसान पहुँचा? (ज़रूरी नहीं)
q-how-many-harmed-one = एक व्यक्ति
q-how-many-harmed-two-or-three = 2 या 3 लोग
q-how-many-harmed-more-than-three = 3 से ज़्यादा लोग
q-how-many-harmed-dont-know = मुझे नहीं पता
q-vulnerable = क्या इसमें शामिल किसी व्यक्ति को सुरक्षित रूप से हिस्सा लेने के लिए ख़ास देखभाल की ज़रूरत है? (ज़रूरी नहीं)
q-vulnerable-hint = जैसे, उनकी उम्र, किसी विकलांगता या उनके मानसिक स्वास्थ्य की वजह से।
q-vulnerable-yes = हाँ
q-vulnerable-no = नहीं
q-vulnerable-not-sure = मुझे पक्का नहीं पता

step-referral-young-person = जब नुकसान किसी युवा ने पहुँचाया हो
step-referral-young-person-body =
    जब नुकसान पहुँचाने वाला व्यक्ति 18 साल से कम उम्र का हो, तो आम तौर पर इलाक़े की Youth Offending Team आगे रहकर काम करती है। यह काउंसिल की वह टीम है जो क़ानून तोड़ने वाले 18 साल से कम उम्र के युवाओं के साथ काम करती है। हम पहले उनसे बात करेंगे, और पक्का करेंगे कि आपको सही मदद मिले।

    आप फिर भी हमें अपनी जानकारी भेज सकते हैं।

## Referral: in your own words, about you

step-referral-own-words = अपने शब्दों में (ज़रूरी नहीं)
q-story = क्या हुआ था?
q-story-hint = हमें सिर्फ़ वही बताएँ जो आप बताना चाहते हैं। आप इसे ख़ाली छोड़ सकते हैं।
q-hopes = आप क्या चाहते हैं कि हो?
q-hopes-hint = जैसे, कोई सवाल पूछना, अपनी बात सुनाना, या माफ़ी मिलना।
q-hopes-them = वह व्यक्ति क्या चाहता है कि हो?
q-hopes-them-hint = जैसे, कोई सवाल पूछना, अपनी बात सुनाना, या माफ़ी मिलना।

step-referral-about-you = आपके बारे में
step-referral-about-you-them = उस व्यक्ति के बारे में
q-name = हम आपको किस नाम से बुलाएँ?
q-name-hint = यह आपका पहला नाम हो सकता है, या कोई और नाम जो आपको पसंद है।
q-name-error = लिखें कि हम आपको किस नाम से बुलाएँ
q-name-them = हम उस व्यक्ति को किस नाम से बुलाएँ?
q-name-them-hint = यह उनका पहला नाम हो सकता है, या कोई और नाम जो उन्हें पसंद है।
q-name-them-error = लिखें कि हम उस व्यक्ति को किस नाम से बुलाएँ
q-age-band = आपकी उम्र कितनी है?
q-age-band-under-18 = 18 साल से कम
q-age-band-18-24 = 18 से 24
q-age-band-25-34 = 25 से 34
q-age-band-35-44 = 35 से 44
q-age-band-45-54 = 45 से 54
q-age-band-55-64 = 55 से 64
q-age-band-65-plus = 65 या ज़्यादा
q-age-band-prefer-not = मैं नहीं बताना चाहता/चाहती
q-age-band-error = अपनी उम्र चुनें, या "मैं नहीं बताना चाहता/चाहती" चुनें
q-age-band-them = उनकी उम्र कितनी है?
q-age-band-them-error = उनकी उम्र चुनें, या "मैं नहीं बताना चाहता/चाहती" चुनें

step-referral-under-18 = अगर आपकी उम्र 18 साल से कम है
step-referral-under-18-body =
    आप किसी भी उम्र में रीस्टोरेटिव जस्टिस में हिस्सा ले सकते हैं। आपको माता-पिता की इजाज़त की ज़रूरत नहीं है।

    अगर आप चाहें, तो हम पक्का करेंगे कि सहारे के लिए कोई बड़ा आपके साथ हो, जैसे माता-पिता, केयरर या यूथ वर्कर।

step-referral-under-18-them = अगर उस व्यक्ति की उम्र 18 साल से कम है
step-referral-under-18-them-body =
    कोई भी व्यक्ति किसी भी उम्र में रीस्टोरेटिव जस्टिस में हिस्सा ले सकता है। उन्हें माता-पिता की इजाज़त की ज़रूरत नहीं है।

    अगर वे चाहें, तो हम पक्का करेंगे कि सहारे के लिए कोई बड़ा उनके साथ हो, जैसे माता-पिता, केयरर या यूथ वर्कर।

## Referral: contacting you safely

step-referral-contact = आपसे संपर्क कैसे करें
step-referral-contact-them = उस व्यक्ति से संपर्क कैसे करें
q-contact-ways = हम आपसे कैसे संपर्क कर सकते हैं?
q-contact-ways-hint = वे सारे तरीक़े चुनें जो आपके लिए सुरक्षित हैं।
q-contact-ways-phone = फ़ोन कॉल
q-contact-ways-text = टेक्स्ट मैसेज
q-contact-ways-email = ईमेल
q-contact-ways-letter = चिट्ठी
q-contact-ways-error = संपर्क का कम से कम एक तरीक़ा चुनें
q-contact-ways-them = हम उनसे कैसे संपर्क कर सकते हैं?
q-contact-ways-them-hint = वे सारे तरीक़े चुनें जो उनके लिए सुरक्षित हैं।
q-contact-ways-them-error = उनसे संपर्क का कम से कम एक तरीक़ा चुनें
q-phone = फ़ोन नंबर
q-phone-error = फ़ोन नंबर लिखें
q-email = ईमेल पता
q-email-error = ईमेल पता लिखें
q-address = पता
q-address-error = अपना पता लिखें
q-address-them = उनका पता
q-address-them-error = उनका पता लिखें
q-postcode = पोस्टकोड
q-postcode-error = अपना पोस्टकोड लिखें
q-postcode-them = उनका पोस्टकोड
q-postcode-them-error = उनका पोस्टकोड लिखें

step-referral-contact-safety = संपर्क को सुरक्षित रखना
q-voicemail-ok = क्या हमारे लिए फ़ोन पर संदेश छोड़ना या टेक्स्ट मैसेज भेजना सुरक्षित है?
q-voicemail-ok-hint = हम संदेश में कभी नहीं बताएँगे कि बात किस बारे में है।
q-voicemail-ok-yes = हाँ
q-voicemail-ok-no = नहीं
q-voicemail-ok-error = हाँ या नहीं चुनें
q-email-ok = क्या हमारे लिए आपको ईमेल भेजना सुरक्षित है?
q-email-ok-yes = हाँ
q-email-ok-no = नहीं
q-email-ok-error = हाँ या नहीं चुनें
q-email-ok-them = क्या हमारे लिए उन्हें ईमेल भेजना सुरक्षित है?
q-email-ok-them-error = हाँ या नहीं चुनें
q-safe-times = आपसे संपर्क करना कब सुरक्षित है? (ज़रूरी नहीं)
q-safe-times-hint = जैसे, सोमवार से शुक्रवार, दोपहर 2 बजे के बाद।
q-safe-times-them = उनसे संपर्क करना कब सुरक्षित है? (ज़रूरी नहीं)
q-safe-times-them-hint = जैसे, सोमवार से शुक्रवार, दोपहर 2 बजे के बाद।
q-caller-notes = क्या कोई बात है जो फ़ोन करने वाले को कहनी चाहिए, या नहीं कहनी चाहिए? (ज़रूरी नहीं)
q-caller-notes-hint = जैसे, "कहें कि आप डॉक्टर के दफ़्तर से हैं" या "Sam से बात करने को कहें"।

## Referral: your needs, your safety

step-referral-needs = आपको हमसे क्या चाहिए
step-referral-needs-them = उन्हें हमसे क्या चाहिए
q-language = आप कौन-सी भाषा इस्तेमाल करना चाहेंगे? (ज़रूरी नहीं)
q-language-them = वे कौन-सी भाषा इस्तेमाल करना चाहेंगे? (ज़रूरी नहीं)
q-interpreter = क्या आपको दुभाषिया चाहिए?
q-interpreter-yes = हाँ
q-interpreter-no = नहीं
q-interpreter-error = हाँ या नहीं चुनें
q-interpreter-them = क्या उन्हें दुभाषिया चाहिए?
q-interpreter-them-error = हाँ या नहीं चुनें
q-bsl = क्या आप British Sign Language (BSL, ब्रिटिश सांकेतिक भाषा) इस्तेमाल करते हैं?
q-bsl-yes = हाँ
q-bsl-no = नहीं
q-bsl-error = हाँ या नहीं चुनें
q-bsl-them = क्या वे British Sign Language (BSL, ब्रिटिश सांकेतिक भाषा) इस्तेमाल करते हैं?
q-bsl-them-error = हाँ या नहीं चुनें
q-access = क्या इनमें से कोई चीज़ आपकी मदद करेगी? (ज़रूरी नहीं)
q-access-them = क्या इनमें से कोई चीज़ उनकी मदद करेगी? (ज़रूरी नहीं)
q-access-large-print = बड़े अक्षर
q-access-easy-read = आसान भाषा (Easy Read)
q-access-hearing = सुनने में मदद
q-access-sight = देखने में मदद
q-access-mobility = आने-जाने में मदद
q-access-learning-disability = सीखने में कठिनाई (learning disability) के लिए सहायता
q-access-mental-health = मानसिक स्वास्थ्य के लिए सहायता
q-support-person = क्या आप चाहते हैं कि सहारे के लिए कोई आपके साथ हो?
q-support-person-hint = जैसे, कोई दोस्त, परिवार का सदस्य या सपोर्ट वर्कर।
q-support-person-yes = हाँ
q-support-person-no = नहीं
q-support-person-error = हाँ या नहीं चुनें
q-support-person-them = क्या वे चाहते हैं कि सहारे के लिए कोई उनके साथ हो?
q-support-person-them-hint = जैसे, कोई दोस्त, परिवार का सदस्य या सपोर्ट वर्कर।
q-support-person-them-error = हाँ या नहीं चुनें

q-safe-now = क्या आप इस समय सुरक्षित हैं?
q-safe-now-yes = हाँ
q-safe-now-no = नहीं
q-safe-now-not-sure = मुझे पक्का नहीं पता
q-safe-now-error = हाँ, नहीं या पक्का नहीं पता चुनें
q-safe-now-them = क्या वह व्यक्ति इस समय सुरक्षित है?
q-safe-now-them-error = हाँ, नहीं या पक्का नहीं पता चुनें

step-referral-not-safe = अभी मदद पाना
step-referral-not-safe-body =
    अगर आप ख़तरे में हैं, तो अभी 999 पर फ़ोन करें।

    अगर आप बोल नहीं सकते, तो मोबाइल से 999 पर फ़ोन करें। जब कोई आवाज़ सुनाई दे, तो 55 दबाएँ। इससे पुलिस को पता चलता है कि यह सच में इमरजेंसी है।

    अगर इमरजेंसी नहीं है, तो पुलिस को 101 पर फ़ोन करें।

    जब आप तैयार हों, आप यह फ़ॉर्म जारी रख सकते हैं। जब हम आपसे संपर्क करेंगे, तो और भी ज़्यादा ध्यान रखेंगे।

step-referral-not-safe-them = अभी मदद पाना
step-referral-not-safe-them-body =
    अगर वह व्यक्ति ख़तरे में है, तो अभी 999 पर फ़ोन करें।

    अगर इमरजेंसी नहीं है, तो पुलिस को 101 पर फ़ोन करें।

    जब आप तैयार हों, आप यह फ़ॉर्म जारी रख सकते हैं। जब हम उनसे संपर्क करेंगे, तो और भी ज़्यादा ध्यान रखेंगे।

## Referral: check, consent, send

step-referral-check = अपने जवाब देख लें
step-referral-consent = आपकी सहमति
step-referral-consent-body =
    हिस्सा लेना आपकी मर्ज़ी है। आप कभी भी रुक सकते हैं, यह फ़ॉर्म भेजने के बाद भी।

    हम आपके जवाब आपसे संपर्क करने के लिए, और आगे की योजना बनाने के लिए इस्तेमाल करेंगे। हम इन्हें सुरक्षित रखते हैं, और सिर्फ़ तभी किसी के साथ साझा करते हैं जब ज़रूरी हो, जैसे किसी को नुकसान से बचाने के लिए।
q-consent = आपकी सहमति
q-consent-agree = मैं सहमत हूँ कि आप रीस्टोरेटिव जस्टिस के बारे में मुझसे संपर्क करने के लिए मेरे जवाब इस्तेमाल करें
q-consent-error = सहमति देने के लिए ख़ाने पर निशान लगाएँ, ताकि हम आपसे संपर्क कर सकें
step-referral-consent-them = यह रेफ़रल भेजना
step-referral-consent-them-body =
    हिस्सा लेना हमेशा उस व्यक्ति की अपनी मर्ज़ी है। वे कभी भी रुक सकते हैं, आपके यह फ़ॉर्म भेजने के बाद भी।

    हम ये जवाब उस व्यक्ति से, और ज़रूरत हो तो आपसे, संपर्क करने के लिए, और आगे की योजना बनाने के लिए इस्तेमाल करेंगे। हम इन्हें सुरक्षित रखते हैं, और सिर्फ़ तभी किसी के साथ साझा करते हैं जब ज़रूरी हो, जैसे किसी को नुकसान से बचाने के लिए।
q-consent-them = आपकी सहमति
q-consent-them-agree = मैं सहमत हूँ कि आप रीस्टोरेटिव जस्टिस के बारे में उस व्यक्ति से, और ज़रूरत हो तो मुझसे, संपर्क करने के लिए ये जवाब इस्तेमाल करें
q-consent-them-error = सहमति देने के लिए ख़ाने पर निशान लगाएँ, ताकि हम उस व्यक्ति से संपर्क कर सकें

## Call back

step-call-back-your-details = आपकी जानकारी
step-call-back-when = कब फ़ोन करें
q-call-days = कौन-से दिन सबसे ठीक हैं? (ज़रूरी नहीं)
q-call-days-monday = सोमवार
q-call-days-tuesday = मंगलवार
q-call-days-wednesday = बुधवार
q-call-days-thursday = गुरुवार
q-call-days-friday = शुक्रवार
q-call-times = दिन का कौन-सा समय सबसे ठीक है? (ज़रूरी नहीं)
q-call-times-morning = सुबह
q-call-times-lunchtime = दोपहर के खाने का समय
q-call-times-afternoon = दोपहर के बाद
step-call-back-language = भाषा
q-call-reason = आप किस बारे में बात करना चाहेंगे? (ज़रूरी नहीं)
q-call-reason-hint = कुछ शब्द ही काफ़ी हैं। आप इसे ख़ाली छोड़ सकते हैं।
step-call-back-check = अपने जवाब देख लें
step-call-back-consent = आपकी सहमति
step-call-back-consent-body =
    हम आपका फ़ोन नंबर सिर्फ़ रीस्टोरेटिव जस्टिस के बारे में आपको वापस फ़ोन करने के लिए इस्तेमाल करेंगे।

## Withdrawal

step-withdrawal-details = अपना रेफ़रल रोकें
step-withdrawal-details-body =
    हमें अपना रेफ़रेंस नंबर बताएँ, और यह भी कि हम कैसे पक्का करें कि यह आप ही हैं। हम यहाँ आपको आपके रेफ़रल के बारे में कुछ नहीं दिखाएँगे।
q-reference = आपका रेफ़रेंस नंबर
q-reference-hint = यह RJ से शुरू होता है, जैसे RJ-HK4M-7TWX।
q-reference-error = अपना रेफ़रेंस नंबर लिखें
q-withdraw-contact = आपका फ़ोन नंबर या ईमेल पता
q-withdraw-contact-hint = वही जो आपने हमें दिया था, ताकि हम पक्का कर सकें कि यह आप ही हैं।
q-withdraw-contact-error = अपना फ़ोन नंबर या ईमेल पता लिखें
q-withdraw-reason = आप क्यों रुकना चाहते हैं? (ज़रूरी नहीं)
q-withdraw-reason-hint = आपको हमें बताने की ज़रूरत नहीं है।
q-withdraw-confirm = पक्का करें
q-withdraw-confirm-confirm = मैं अपना रेफ़रल रोकना चाहता/चाहती हूँ
q-withdraw-confirm-error = रुकने की बात पक्की करने के लिए ख़ाने पर निशान लगाएँ

## Confirmation

sent-referral-title = हमें आपका रेफ़रल मिल गया है
sent-call-back-title = हम आपको वापस फ़ोन करेंगे
sent-withdrawal-title = हमें रोकने का आपका अनुरोध मिल गया है
sent-reference = आपका रेफ़रेंस नंबर यह है:
sent-keep-reference = यह नंबर सँभालकर रखें। अगर आप इस बारे में हमसे संपर्क करें, तो आपको इसकी ज़रूरत पड़ेगी।
sent-next-heading = आगे क्या होता है
sent-referral-next = हमारी टीम का कोई सदस्य { $date } तक आपसे उस तरीक़े से संपर्क करेगा जिसे आपने सुरक्षित बताया है।
sent-call-back-next = हम { $date } तक आपको फ़ोन करेंगे।
sent-withdrawal-next = हम आपके रेफ़रल पर काम रोक देंगे। अगर आपसे संपर्क करना सुरक्षित है, तो हम { $date } तक आपको बता देंगे कि काम रुक गया है।
sent-contact-heading = हमसे संपर्क करें
sent-withdraw-heading = अगर आप अपना मन बदलें
sent-withdraw-text = आप कभी भी रुक सकते हैं।
sent-withdraw-link = अपना रेफ़रल रोकें
sent-support-heading = इंतज़ार के दौरान सहारा
sent-support-text = आप कभी भी Victim Support (पीड़ितों की मदद करने वाली संस्था) से मुफ़्त मदद ले सकते हैं, चाहे आप रीस्टोरेटिव जस्टिस में हिस्सा लें या नहीं। इमरजेंसी में 999 पर फ़ोन करें।
sent-print = रिकॉर्ड रखने के लिए, अपना रेफ़रेंस नंबर लिख लें या यह पेज प्रिंट कर लें।
sent-equality-heading = सबके साथ बराबरी में हमारी मदद करें (ज़रूरी नहीं)
sent-equality-text = आपके बारे में कुछ सवाल हमें यह देखने में मदद करते हैं कि हम सबके साथ बराबरी का बर्ताव करते हैं। आपके जवाब आपके रेफ़रल से अलग रखे जाते हैं।
sent-equality-link = बराबरी के बारे में सवालों के जवाब दें
sent-home-link = होम पेज पर जाएँ

## Equality monitoring

step-referral-equality = सबके साथ बराबरी में हमारी मदद करें
step-referral-equality-body =
    इन सवालों के जवाब देना ज़रूरी नहीं है। आपके जवाब आपके रेफ़रल से अलग रखे जाते हैं, और सिर्फ़ यह गिनने के लिए इस्तेमाल होते हैं कि हम कितने लोगों की मदद करते हैं।
q-eq-age = आपकी उम्र कितनी है?
q-eq-age-under-18 = 18 साल से कम
q-eq-age-18-24 = 18 से 24
q-eq-age-25-34 = 25 से 34
q-eq-age-35-44 = 35 से 44
q-eq-age-45-54 = 45 से 54
q-eq-age-55-64 = 55 से 64
q-eq-age-65-plus = 65 या ज़्यादा
q-eq-age-prefer-not = मैं नहीं बताना चाहता/चाहती
q-eq-sex = आपका लिंग क्या है?
q-eq-sex-female = महिला
q-eq-sex-male = पुरुष
q-eq-sex-prefer-not = मैं नहीं बताना चाहता/चाहती
q-eq-gender-same = आप अपनी पहचान जिस जेंडर से करते हैं, क्या वह वही है जो जन्म के समय आपका लिंग दर्ज किया गया था?
q-eq-gender-same-yes = हाँ
q-eq-gender-same-no = नहीं
q-eq-gender-same-prefer-not = मैं नहीं बताना चाहता/चाहती
q-eq-ethnicity = आपका नस्लीय समूह क्या है?
q-eq-ethnicity-white-british = श्वेत: अंग्रेज़, वेल्श, स्कॉटिश, उत्तरी आयरलैंड के या ब्रिटिश
q-eq-ethnicity-white-irish = श्वेत: आयरिश
q-eq-ethnicity-white-gypsy-traveller = श्वेत: जिप्सी या आयरिश ट्रैवलर
q-eq-ethnicity-white-roma = श्वेत: रोमा
q-eq-ethnicity-white-other = श्वेत: कोई और श्वेत पृष्ठभूमि
q-eq-ethnicity-mixed-white-black-caribbean = मिश्रित: श्वेत और ब्लैक कैरिबियन
q-eq-ethnicity-mixed-white-black-african = मिश्रित: श्वेत और ब्लैक अफ़्रीकी
q-eq-ethnicity-mixed-white-asian = मिश्रित: श्वेत और एशियाई
q-eq-ethnicity-mixed-other = मिश्रित: कोई और मिश्रित या एक से ज़्यादा पृष्ठभूमि
q-eq-ethnicity-asian-indian = एशियाई या एशियाई ब्रिटिश: भारतीय
q-eq-ethnicity-asian-pakistani = एशियाई या एशियाई ब्रिटिश: पाकिस्तानी
q-eq-ethnicity-asian-bangladeshi = एशियाई या एशियाई ब्रिटिश: बांग्लादेशी
q-eq-ethnicity-asian-chinese = एशियाई या एशियाई ब्रिटिश: चीनी
q-eq-ethnicity-asian-other = एशियाई या एशियाई ब्रिटिश: कोई और एशियाई पृष्ठभूमि
q-eq-ethnicity-black-african = ब्लैक, ब्लैक ब्रिटिश, कैरिबियन या अफ़्रीकी: अफ़्रीकी
q-eq-ethnicity-black-caribbean = ब्लैक, ब्लैक ब्रिटिश, कैरिबियन या अफ़्रीकी: कैरिबियन
q-eq-ethnicity-black-other = ब्लैक, ब्लैक ब्रिटिश, कैरिबियन या अफ़्रीकी: कोई और पृष्ठभूमि
q-eq-ethnicity-other-arab = कोई और नस्लीय समूह: अरब
q-eq-ethnicity-other-any = कोई और नस्लीय समूह
q-eq-ethnicity-prefer-not = मैं नहीं बताना चाहता/चाहती
q-eq-disability = क्या आपको कोई विकलांगता या लंबे समय से कोई स्वास्थ्य समस्या है?
q-eq-disability-yes = हाँ
q-eq-disability-no = नहीं
q-eq-disability-prefer-not = मैं नहीं बताना चाहता/चाहती

## Too many tries

busy-title = कृपया थोड़ी देर इंतज़ार करें
busy-text =
    थोड़े समय में आपके कनेक्शन से हमें बहुत सारे जवाब मिले हैं। कृपया { $minutes ->
        [one] { $minutes } मिनट
       *[other] { $minutes } मिनट
    } इंतज़ार करें, फिर दोबारा कोशिश करें।
busy-back = अपने जवाबों पर वापस जाने के लिए अपने ब्राउज़र का "Back" (पीछे) बटन इस्तेमाल करें। आपके जवाब अब भी वहीं हैं।

## Our database is not answering

store-down-title = हम अभी आपके जवाब सेव नहीं कर पा रहे हैं
store-down-text = हमारी तरफ़ कोई समस्या है। पिछले पेजों पर आपने जो जवाब दिए थे, वे सुरक्षित हैं। इस पेज पर आपने जो लिखा था, वह अब भी आपके ब्राउज़र में है: उस पर वापस जाने के लिए अपने ब्राउज़र का "Back" (पीछे) बटन इस्तेमाल करें, और कुछ मिनट बाद फिर से कोशिश करें। अगर ऐसा बार-बार होता है, तो हमें { $phone } पर फ़ोन करें।


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = हमें बताएँ कि सब कैसा रहा
feedback-intro = हिस्सा लेने के लिए धन्यवाद। आपके जवाबों से हमें दूसरे लोगों के लिए अपनी सेवा बेहतर बनाने में मदद मिलती है। हम सिर्फ़ जवाबों की गिनती करते हैं: कोई भी उन्हें आपके नाम के साथ नहीं पढ़ता।
feedback-prefer-not = किसी भी सवाल के लिए आप "मैं नहीं बताना चाहता/चाहती" चुन सकते हैं।
q-fb-service = हमने आपको जो सेवा दी, उससे आप कितने संतुष्ट हैं?
q-fb-service-very-satisfied = बहुत संतुष्ट
q-fb-service-satisfied = संतुष्ट
q-fb-service-neither = न संतुष्ट, न असंतुष्ट
q-fb-service-dissatisfied = असंतुष्ट
q-fb-service-very-dissatisfied = बहुत असंतुष्ट
q-fb-service-prefer-not = मैं नहीं बताना चाहता/चाहती
q-fb-service-error = चुनें कि आप कितने संतुष्ट हैं, या "मैं नहीं बताना चाहता/चाहती" चुनें
q-fb-outcome = आख़िर में जो हुआ, उससे आप कितने संतुष्ट हैं?
q-fb-outcome-very-satisfied = बहुत संतुष्ट
q-fb-outcome-satisfied = संतुष्ट
q-fb-outcome-neither = न संतुष्ट, न असंतुष्ट
q-fb-outcome-dissatisfied = असंतुष्ट
q-fb-outcome-very-dissatisfied = बहुत असंतुष्ट
q-fb-outcome-prefer-not = मैं नहीं बताना चाहता/चाहती
q-fb-outcome-error = चुनें कि आप कितने संतुष्ट हैं, या "मैं नहीं बताना चाहता/चाहती" चुनें
q-fb-safety = पहले के मुक़ाबले, अब आप ख़ुद को कितना सुरक्षित महसूस करते हैं?
q-fb-safety-better = पहले से ज़्यादा सुरक्षित
q-fb-safety-same = लगभग पहले जैसा
q-fb-safety-worse = पहले से कम सुरक्षित
q-fb-safety-prefer-not = मैं नहीं बताना चाहता/चाहती
q-fb-safety-error = कोई एक जवाब चुनें, या "मैं नहीं बताना चाहता/चाहती" चुनें
q-fb-wellbeing = पहले के मुक़ाबले, अब आप ख़ुद कैसा महसूस करते हैं?
q-fb-wellbeing-better = पहले से बेहतर
q-fb-wellbeing-same = लगभग पहले जैसा
q-fb-wellbeing-worse = पहले से बुरा
q-fb-wellbeing-prefer-not = मैं नहीं बताना चाहता/चाहती
q-fb-wellbeing-error = कोई एक जवाब चुनें, या "मैं नहीं बताना चाहता/चाहती" चुनें
q-fb-coping = पहले के मुक़ाबले, जो हुआ उसका सामना अब आप कितनी अच्छी तरह कर पाते हैं?
q-fb-coping-better = पहले से बेहतर
q-fb-coping-same = लगभग पहले जैसा
q-fb-coping-worse = पहले से बुरा
q-fb-coping-prefer-not = मैं नहीं बताना चाहता/चाहती
q-fb-coping-error = कोई एक जवाब चुनें, या "मैं नहीं बताना चाहता/चाहती" चुनें
q-fb-confidence = पहले के मुक़ाबले, अब आपको पुलिस और अदालतों पर कितना भरोसा है?
q-fb-confidence-better = पहले से ज़्यादा भरोसा
q-fb-confidence-same = लगभग पहले जैसा
q-fb-confidence-worse = पहले से कम भरोसा
q-fb-confidence-prefer-not = मैं नहीं बताना चाहता/चाहती
q-fb-confidence-error = कोई एक जवाब चुनें, या "मैं नहीं बताना चाहता/चाहती" चुनें
feedback-gone-title = यह लिंक अब काम नहीं करता
feedback-gone-text = राय देने का हर लिंक सिर्फ़ एक बार, और सिर्फ़ कुछ हफ़्तों तक काम करता है। अगर आप अब भी हमें बताना चाहते हैं कि सब कैसा रहा, तो हमें { $phone } पर फ़ोन करें।
feedback-thanks-title = धन्यवाद
feedback-thanks-text = हमें आपके जवाब मिल गए हैं। इनसे हमें अगले व्यक्ति के लिए अपनी सेवा बेहतर बनाने में मदद मिलती है।
