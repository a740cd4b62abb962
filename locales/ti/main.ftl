## Shared by every page

language-name = ትግርኛ
language-switcher-label = ቋንቋ ምረጹ
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
quick-exit = ካብዚ ወብሳይት ውጽኡ
quick-exit-keyboard = ሕጂ ካብዚ ወብሳይት ውጽኡ
quick-exit-hint = ወይ ድማ Shift 3 ግዜ ጠውቑ
contact-phone-label = ብነጻ ደውሉ፦
contact-email-label = ኢመይል፦
footer-nav-label = ብዛዕባ እዚ ወብሳይት
footer-privacy = ብሕትውና
footer-accessibility = ተበጻሕነት
footer-cookies = ኩኪታት
footer-complaints = ቅሬታታት
footer-contact = ርኸቡና
footer-promise = ብነጻ፣ ምስጢራዊ፣ ከምኡ’ውን ብምርጫኹም።

## Home page

home-title = ናይ ምሕዋይ ፍትሒ (restorative justice)፦ ድሕሪ ገበን ዝወሃብ ሓገዝ
promise-free = ብነጻ እዩ።
promise-confidential = ምስጢራዊ እዩ። ዝነገርኩምና ብጥንቃቐ ንሕልዎ።
promise-choice = ምርጫኹም እዩ። ኣብ ዝኾነ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም።
home-contact-heading = ምሳና ተዛረቡ
home-contact-text = ደውሉልና ወይ ኢመይል ስደዱልና። ተርጓሚ ከነዳልወልኩም ንኽእል ኢና።
home-danger-heading = ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም
home-danger-text = ናብ 999 ደውሉ። ክትዛረቡ እንተ ዘይክኢልኩም፣ ካብ ሞባይል ናብ 999 ደውሉ፣ ድምጺ ምስ ሰማዕኩም ድማ 55 ጠውቑ።

## Not found

not-found-title = እዚ ገጽ ኣይተረኽበን
not-found-text = ነቲ ገጽ ክንረኽቦ ኣይከኣልናን። እቲ ኣድራሻ ጌጋ ክኸውን ይኽእል፣ ወይ እቲ ገጽ ናብ ካልእ ቦታ ተቐይሩ ክኸውን ይኽእል።
not-found-home-link = ናብቲ ብእንግሊዝኛ ዘሎ ቀንዲ ገጽ ኪዱ

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = ቋንቋ
languages-title = ቋንቋታት
languages-intro = ነዚ ወብሳይት በዞም ዝስዕቡ ቋንቋታት ከተንብብዎ ትኽእሉ ኢኹም። ነፍሲ ወከፍ ቋንቋ ብናቱ ፊደልን ብእንግሊዝኛን ተጻሒፉ ኣሎ። ቋንቋ ምስ መረጽኩም፣ እቲ ዝነበርኩምዎ ገጽ በቲ ዝመረጽኩምዎ ቋንቋ ይኽፈት።
languages-interpreter = ቋንቋኹም ኣብዚ እንተ ዘይተረኺቡ፣ ብነጻ ናብ { $phone } ደውሉልና። ስም ቋንቋኹም ንገሩና፣ ንሕና ድማ ምስ ተርጓሚ መሊስና ክንድውለልኩም ኢና።
footer-languages = ቋንቋታት
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = እዚ ትርጉም ገና ብብቑዕ ተርጓሚ ኣይተመርመረን። ዘይንጹር ነገር እንተ ሃልዩ፣ ብነጻ ናብ { $phone } ደውሉልና፣ ተርጓሚ ድማ ከነዳልወልኩም ኢና።
