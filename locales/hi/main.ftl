## Shared by every page

language-name = हिन्दी
language-switcher-label = भाषा चुनें
skip-to-content = सीधे मुख्य जानकारी पर जाएँ
quick-exit = इस साइट से बाहर जाएँ
quick-exit-keyboard = अभी इस साइट से बाहर जाएँ
quick-exit-hint = या Shift को 3 बार दबाएँ
contact-phone-label = मुफ़्त फ़ोन:
contact-email-label = ईमेल:
footer-nav-label = इस साइट के बारे में
footer-privacy = निजता
footer-accessibility = सुलभता
footer-cookies = कुकीज़
footer-complaints = शिकायतें
footer-contact = हमसे संपर्क करें
footer-promise = मुफ़्त, निजी और आपकी अपनी मर्ज़ी।

## Home page

home-title = रीस्टोरेटिव जस्टिस: अपराध के बाद मदद
promise-free = यह मुफ़्त है।
promise-confidential = यह निजी है। आप हमें जो भी बताते हैं, हम उसे सुरक्षित रखते हैं।
promise-choice = यह आपकी मर्ज़ी है। आप कभी भी रुक सकते हैं।
home-contact-heading = हमसे बात करें
home-contact-text = हमें फ़ोन करें या ईमेल भेजें। हम आपके लिए दुभाषिए का इंतज़ाम कर सकते हैं।
home-danger-heading = अगर आप अभी ख़तरे में हैं
home-danger-text = 999 पर फ़ोन करें। अगर आप बोल नहीं सकते, तो मोबाइल से 999 पर फ़ोन करें। फिर जब कोई आवाज़ सुनाई दे, तो 55 दबाएँ।

## Not found

not-found-title = पेज नहीं मिला
not-found-text = हमें यह पेज नहीं मिल रहा। हो सकता है वेब पता ग़लत हो, या पेज कहीं और चला गया हो।
not-found-home-link = अंग्रेज़ी में होम पेज पर जाएँ

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = भाषा
languages-title = भाषाएँ
languages-intro = आप यह वेबसाइट इन भाषाओं में पढ़ सकते हैं। हर भाषा का नाम उसकी अपनी लिपि में और अंग्रेज़ी में लिखा है। आप जिस पेज पर थे, वह आपकी चुनी हुई भाषा में खुला रहेगा।
languages-interpreter = अगर आपकी भाषा यहाँ नहीं है, तो हमें { $phone } पर मुफ़्त फ़ोन करें। हमें अपनी भाषा का नाम बताएँ। हम दुभाषिए के साथ आपको वापस फ़ोन करेंगे।
footer-languages = भाषाएँ
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = इस अनुवाद को अभी किसी योग्य अनुवादक ने जाँचा नहीं है। अगर कोई बात समझ में न आए, तो हमें { $phone } पर मुफ़्त फ़ोन करें। हम आपके लिए दुभाषिए का इंतज़ाम करेंगे।
