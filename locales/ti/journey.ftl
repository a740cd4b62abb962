## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = ሕጂ ጀምሩ
button-continue = ቀጽሉ
button-send = ስደዱ
button-carry-on = ብዝኾነ ቀጽሉ
button-skip = ነዞም ሕቶታት ሕለፍዎም
link-back = ተመለሱ
select-choose = ወርሒ ምረጹ
spam-trap-label = ነዚ ሳጹን ባዶ ግደፍዎ
offer-call-back = ኣብ ክንዳኡ ክንድውለልኩም ክትሓቱ ትኽእሉ ኢኹም
check-change = ቀይሩ
check-not-answered = ኣይተመለሰን
consent-privacy-link = ሓበሬታኹም ብኸመይ ከም እንጥቀመሉ ኣንብቡ (ምልክታ ብሕትውና)
textarea-count =
    ካብ { $max ->
        [one] { $max } ፊደል
       *[other] { $max } ፊደላት
    } { $used } ተጠቒምኩም ኣለኹም።

## Errors

error-summary-title = ጸገም ኣሎ
error-prefix = ጌጋ፦
error-title-prefix = ጌጋ፦
error-choose-from-list = ካብቲ ዝርዝር ሓደ መልሲ ምረጹ
error-too-long =
    { $count ->
        [one] { $count } ፊደል
       *[other] { $count } ፊደላት
    } ወይ ካብኡ ዝውሕድ ተጠቐሙ
error-phone = ከም 07700 900 982 ወይ +48 601 234 567 ዝኣመሰለ ቁጽሪ ተሌፎን ጽሓፉ
error-email = ከም name@example.com ዝኣመሰለ ኣድራሻ ኢመይል ጽሓፉ
error-postcode = ከም B1 1BB ዝኣመሰለ ፖስትኮድ ጽሓፉ
error-year = ዓመት ብ4 ቁጽርታት ጽሓፉ፣ ንኣብነት 2024
error-years = ቁጽሪ ዓመታት ጽሓፉ፣ ንኣብነት 3
error-crime-reference = ቁጽሪ መወከሲ ገበን ፊደላት፣ ቁጽርታት፣ / ከምኡ’ውን - ጥራይ እዩ ዝሕዝ
error-reference = መወከሲ ቑጽሪኹም ጽሓፉ፣ ንኣብነት RJ-HK4M-7TWX
error-date-future = እቲ ዕለት ዝሓለፈ ክኸውን ኣለዎ
error-too-fast = በጃኹም መልስታትኩም ፈትሹ፣ ድሕሪኡ ደጊምኩም ስደድዎም

## Start pages

start-referral-title = ናይ ምሕዋይ ፍትሒ ሕተቱ
start-referral-body =
    ብዛዕባኹምን ብዛዕባ ዝተፈጸመን ገለ ሕቶታት ክንሓተኩም ኢና። ኣስታት 15 ደቒቕ ይወስድ።

    ብነጻ እዩ። ምስጢራዊ እዩ። ንስኹም እንተ ዘይደሊኹም ዝኾነ ነገር ኣይኸውንን፣ ኣብ ዝኾነ ግዜ ድማ ደው ከተብሉ ትኽእሉ ኢኹም።

    ሕጂ ክትነግሩና ዘይደለኹምዎ ዝኾነ ነገር ክትሓልፍዎ ትኽእሉ ኢኹም። ድሕሪኡ ሓደ ኣባል ጉጅልና ብእትመርጽዎ መገዲ ክረኽበኩም እዩ።
start-call-back-title = ክንድውለልኩም ሕተቱ
start-call-back-body =
    ቁጽሪ ተሌፎንን ክንድውለልኩም ዝምችእ ግዜን ሃቡና። ኣስታት 3 ደቒቕ ይወስድ።

    ሕቶታትኩም ንምምላስ ክንድውለልኩም ኢና። ኣብ ተሌፎን ዝኾነ ነገር ክትውስኑ ኣየድልየኩምን።
start-withdrawal-title = ጠለብኩም ኣቋርጹ
start-withdrawal-body =
    ኣብ ዝኾነ ግዜ፣ ብዝኾነ ምኽንያት ደው ከተብሉ ትኽእሉ ኢኹም። ስለምንታይ ክትነግሩና ኣየድልየኩምን።

    እቲ ዝሃብናኩም መወከሲ ቑጽሪ ከድልየኩም እዩ።
start-kept-for =
    ነዚ ክትመልኡ ከለኹም፣ መልስታትኩም ኣብ ሰርቨርና ክሳብ { $hours ->
        [one] { $hours } ሰዓት
       *[other] { $hours } ሰዓታት
    } ንሕዞ። ምስ ሰደድኩምዎም፣ ወይ “{ quick-exit }” ምስ ጠወቕኩም፣ ይድምሰሱ።

## Referral: who it is for

q-for-whom = እዚ ንመን እዩ?
q-for-whom-me = ንዓይ
q-for-whom-someone-else = ንካልእ ሰብ፣ ምስ ፍቓዶም
q-for-whom-error = እዚ ንመን ምዃኑ ምረጹ

step-referral-on-behalf = ብዛዕባኹም
q-relationship = ነቲ ሰብ ብኸመይ ትፈልጥዎም?
q-relationship-family = ኣባል ስድራቤት እየ
q-relationship-friend = ዓርኪ እየ
q-relationship-supporter = ኣነ ደጋፊኦም እየ (ንኣብነት ተንከባካቢ ወይ ተጣባቒ)
q-relationship-professional = ብሞያይ ምሳታቶም እሰርሕ
q-relationship-error = ነቲ ሰብ ብኸመይ ከም እትፈልጥዎም ምረጹ
q-organisation-type = ኣበይ ትሰርሑ?
q-organisation-type-police = ፖሊስ
q-organisation-type-probation = ፕሮቤሽን (probation)
q-organisation-type-victim-care = ክንክን ወይ ደገፍ ግዳያት
q-organisation-type-yot = Youth Offending Team (ናይ ምምሕዳር ከተማ ጉጅለ ንመንእሰያት)
q-organisation-type-prison = ቤት ማእሰርቲ
q-organisation-type-csp = ሽርክና ድሕንነት ማሕበረሰብ (community safety partnership)
q-organisation-type-health = ኣገልግሎት ጥዕና፡ ከም ሓፈሻዊ ሓኪም ወይ ሆስፒታል
q-organisation-type-school = ቤት ትምህርቲ ወይ ኮሌጅ
q-organisation-type-other = ካልእ ቦታ
q-organisation-type-error = ኣበይ ከም እትሰርሑ ምረጹ
q-organisation-name = ስም ትካልኩም (ግዴታ ኣይኮነን)

step-referral-your-details = ሓበሬታኹም
q-referrer-name = ስምኩም
q-referrer-name-error = ስምኩም ጽሓፉ
q-referrer-phone = ቁጽሪ ተሌፎንኩም
q-referrer-phone-error = ቁጽሪ ተሌፎንኩም ጽሓፉ
q-referrer-email = ኣድራሻ ኢመይልኩም (ግዴታ ኣይኮነን)

q-agreed = እቲ ሰብ ነዚ ጠለብ ተሰማሚዖም ድዮም?
q-agreed-hint = ክንሕግዝ እንኽእል ሓገዝና ንዝደሊ ሰብ ጥራይ እዩ። ፖሊስ እንተ ኾንኩምን ገና እንተ ዘይሓተትኩምዎምን፣ ኣብ ክንዳኹም ክንሓቶም ንኽእል ኢና።
q-agreed-yes = እወ፣ ተሰማሚዖም እዮም
q-agreed-not-asked = ገና ኣይሓተትክዎምን
q-agreed-no = ኣይፋል፣ ኣይተሰማምዑን
q-agreed-error = እቲ ሰብ ይሰማምዑ እንተ ኾይኖም ምረጹ

step-referral-need-agreement = ቅድም ፍቓድ እቲ ሰብ የድልየና
step-referral-need-agreement-body =
    ናይ ምሕዋይ ፍትሒ ዝሰርሕ፣ ሰባት ባዕሎም ክመርጽዎ ከለዉ ጥራይ እዩ። ስለዚ ጠለብ ክንቅበል እንኽእል፣ እቲ ሰብ ፈሊጦምን ተሰማሚዖምን ጥራይ እዩ።

    ብዛዕባ እዚ ወብሳይት ክትነግርዎም፣ ወይ ቁጽሪ ተሌፎንና ክትህብዎም ትኽእሉ ኢኹም። ባዕሎም ክረኽቡና፣ ወይ ነዚ ንኽትሰዱ ፍቓድ ክህቡኹም ይኽእሉ።

    ብዛዕባ ድሕንነቶም እንተ ተሻቒልኩም፣ ህጹጽ እንተ ኾይኑ ናብ 999፣ ህጹጽ እንተ ዘይኮይኑ ድማ ናብ 101 ደውሉ።

step-referral-we-will-ask = ኣብ ክንዳኹም ክንሓቶም ኢና
step-referral-we-will-ask-body =
    የቐንየልና። እቲ ሰብ ገና ኣይተሓተቱን፣ ስለዚ ቅድም ክንረኽቦም፣ ሓገዝና ይደልዩ እንተ ኾይኖም ድማ ክንሓቶም ኢና። ንሳቶም እወ እንተ ዘይበሉ፣ ካልእ ዝኾነ ነገር ኣይኸውንን።

    ቀጽሉ፣ እትፈልጥዎ ድማ ንገሩና። ርግጸኛ ዘይኮንኩምሉ ዝኾነ ነገር ክትገድፍዎ ትኽእሉ ኢኹም።

## Referral: what happened

q-connection = ምስቲ ዝተፈጸመ ብኸመይ ትተሓሓዙ?
q-connection-harmed = ኣነ ተጎዳእኩ
q-connection-family-harmed = ሓደ ኣባል ስድራቤተይ ተጎድአ
q-connection-bereaved = ሓደ ኣባል ስድራቤተይ ብሰንኪ ገበን ሞተ
q-connection-caused-harm = ኣነ ጉድኣት ኣውረድኩ
q-connection-other-affected = ብኻልእ መገዲ ተጸለውኩ
q-connection-error = ብኸመይ ከም እትተሓሓዙ ምረጹ
q-connection-them = እቲ ሰብ ምስቲ ዝተፈጸመ ብኸመይ ይተሓሓዙ?
q-connection-them-harmed = ንሳቶም ተጎዲኦም
q-connection-them-family-harmed = ሓደ ኣባል ስድራቤቶም ተጎድአ
q-connection-them-bereaved = ሓደ ኣባል ስድራቤቶም ብሰንኪ ገበን ሞተ
q-connection-them-caused-harm = ንሳቶም ጉድኣት ኣውሪዶም
q-connection-them-other-affected = ብኻልእ መገዲ ተጸልዮም
q-connection-them-error = እቲ ሰብ ብኸመይ ከም ዝተሓሓዙ ምረጹ

step-referral-what-happened = እንታይ ተፈጺሙ
q-crime-type = እንታይ ዓይነት ገበን እዩ ነይሩ?
q-crime-type-hint = እቲ ዝቐረበ ምረጹ። ዝርዝር ክትህቡ ኣየድልየኩምን።
q-crime-type-violence = ዓመጽ ወይ መጥቃዕቲ
q-crime-type-sexual = ጾታዊ ገበን
q-crime-type-domestic-abuse = ዓመጽ ኣብ ገዛ
q-crime-type-hate-crime = ናይ ጽልኢ ገበን
q-crime-type-burglary = ገዛ ብምስባር ዝፍጸም ስርቂ
q-crime-type-robbery = ብሓይሊ ምዝማት
q-crime-type-theft = ስርቂ
q-crime-type-criminal-damage = ኣብ ንብረት ዝወረደ ዕንወት
q-crime-type-fraud-online = ምትላል ወይ ናይ ኢንተርነት ገበን
q-crime-type-harassment = ምጭናቕ ወይ ብሕቡእ ምኽታል
q-crime-type-driving = ናይ ምዝዋር ማኪና ገበን
q-crime-type-asb = ጸረ-ማሕበራዊ ባህሪ፣ ንኣብነት ዓው ዝበለ ድምጺ ወይ ረብሻ
q-crime-type-not-crime = ገበን ዘይኮነ ጉድኣት፣ ንኣብነት ኣብ ቤት ትምህርቲ ወይ ኣብ ስራሕ
q-crime-type-other = ካልእ
q-crime-type-prefer-not = ክገልጽ ኣይደልን
q-crime-type-error = ዓይነት ገበን ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ
q-markers = ካብዚኦም ሓቂ ዝኾነ ኣሎ ድዩ? (ግዴታ ኣይኮነን)
q-markers-hate = ብሰንኪ መንነተይ እዩ ነይሩ፣ ንኣብነት ዓሌተይ፣ ሃይማኖተይ፣ ስንክልናይ፣ ጾታዊ ዝንባለይ ወይ ጾታይ
q-markers-online = ብኢንተርነት እዩ ተፈጺሙ
q-markers-domestic = ብመጻምድቲ፣ ናይ ቀደም መጻምድቲ ወይ ኣባል ስድራቤት እዩ ተፈጺሙ

step-referral-not-a-crime = ሓገዝና ድሕሪ ገበን እዩ
step-referral-not-a-crime-body =
    ኣገልግሎትና ብገበን ንዝወረደ ጉድኣት እዩ። ኣብ ቤት ትምህርቲ፣ ኣብ ስራሕ ወይ ኣብ ገዛ ዝወረደ ጉድኣት ገበን እንተ ዘይኮይኑ፣ እቲ ቤት ትምህርቲ፣ ወሃቢ ስራሕ ወይ ናይ ከባቢ ኣገልግሎት ሽምግልና (mediation) ክሕግዘኩም ይኽእል።

    ሕጂ’ውን ሓበሬታኹም ክትሰዱልና ትኽእሉ ኢኹም። ከነንብቦ ኢና፣ መን ክሕግዘኩም ከም ዝኽእል ድማ ክንነግረኩም ኢና።

step-referral-anti-social-behaviour = ንጸረ-ማሕበራዊ ባህሪ ዝኸውን ሓገዝ
step-referral-anti-social-behaviour-body =
    ጸረ-ማሕበራዊ ባህሪ፣ ንኣብነት ካብ ጎረባብቲ ዝመጽእ ዓው ዝበለ ድምጺ ወይ ረብሻ፣ መብዛሕትኡ ግዜ ገበን ኣይኮነን። ናይ ከባቢኹም ምምሕዳር ከተማ (council) ወይ ወናኒ ገዛኹም፣ ብዙሕ ግዜ ነዚ ዝኸውን ናጻ ኣገልግሎት ሽምግልና ኣለዎ።

    ሕጂ’ውን ሓበሬታኹም ክትሰዱልና ትኽእሉ ኢኹም። ከነንብቦ ኢና፣ መን ክሕግዘኩም ከም ዝኽእል ድማ ክንነግረኩም ኢና።

step-referral-when = መዓስ ተፈጺሙ
q-when = መዓስ እዩ ተፈጺሙ?
q-when-date = ወርሕን ዓመትን እፈልጥ እየ
q-when-years-ago = ቅድሚ ክንደይ ዓመት ምዃኑ ብግምት እፈልጥ እየ
q-when-not-sure = ርግጸኛ ኣይኮንኩን
q-when-error = መዓስ ከም ዝተፈጸመ ምረጹ
q-when-month = ወርሒ
q-when-month-error = ወርሒ ምረጹ
q-when-year = ዓመት
q-when-year-hint = ንኣብነት፣ 2024
q-when-year-error = ዓመት ጽሓፉ
q-when-years = ቅድሚ ክንደይ ዓመት?
q-when-years-error = ቅድሚ ክንደይ ዓመት ምዃኑ ጽሓፉ
q-how-long = እቲ ጉድኣት ንኽንደይ ግዜ ቀጺሉ? (ግዴታ ኣይኮነን)
q-how-long-hint = ገለ ጉድኣት ሓንሳብ ጥራይ እዩ ዝፍጸም። ገለ ድማ ንነዊሕ ግዜ ይቕጽል።
q-how-long-once = ሓንሳብ ተፈጺሙ፣ ወይ ንሒደት መዓልታት ቀጺሉ
q-how-long-up-to-3-years = ክሳብ 3 ዓመት ቀጺሉ
q-how-long-more-than-3-years = ካብ 3 ዓመት ንላዕሊ ቀጺሉ
q-how-long-not-sure = ርግጸኛ ኣይኮንኩን
q-ongoing = ሕጂ’ውን ይፍጸም ኣሎ ድዩ፣ ወይስ ዳግማይ ከይፍጸም ትሻቐሉ ዲኹም? (ግዴታ ኣይኮነን)
q-ongoing-yes = እወ
q-ongoing-no = ኣይፋል
q-ongoing-not-sure = ርግጸኛ ኣይኮንኩን

step-referral-police = ፖሊስን ቤት ፍርድን
q-reported = ንፖሊስ ተሓቢሩ ድዩ?
q-reported-hint = ሓገዝና ንምሕታት ንፖሊስ ነጊርኩም ክትኮኑ ኣየድልየኩምን።
q-reported-yes = እወ
q-reported-no = ኣይፋል
q-reported-not-sure = ርግጸኛ ኣይኮንኩን
q-reported-error = እወ፣ ኣይፋል ወይ ርግጸኛ ኣይኮንኩን ምረጹ
q-crime-reference = ቁጽሪ መወከሲ ገበን (ግዴታ ኣይኮነን)
q-crime-reference-hint = ኣብ ኢድኩም እንተ ሃልዩ ጥራይ።
q-stage = ሕጂ እንታይ ይካየድ ኣሎ?
q-stage-not-reported = ንፖሊስ ኣይተሓበረን
q-stage-investigating = ፖሊስ ይምርምሮ ኣሎ
q-stage-awaiting-court = ናብ ቤት ፍርዲ ንምኻድ ይጽበ ኣሎ
q-stage-prison = ሓደ ሰብ ማእሰርቲ ተፈሪድዎ
q-stage-community = ሓደ ሰብ ኣብ ማሕበረሰብ ዝፍጸም ፍርዲ (community sentence) ተፈሪድዎ
q-stage-finished = ኩሉ ተወዲኡ
q-stage-no-further-action = ፖሊስ ተወሳኺ ስጉምቲ ኣይወሰደን
q-stage-dont-know = ኣይፈልጥን
q-stage-error = ሕጂ እንታይ ይካየድ ከም ዘሎ ምረጹ
q-agencies = ብዘይካ ፖሊስ፣ ኣብዚ ጉዳይ ዝሳተፉ ካልኦት ኣገልግሎታት ኣለዉ ድዮም? (ግዴታ ኣይኮነን)
q-agencies-hint = ንኣብነት፣ ማሕበራዊ ኣገልግሎት (social services)፣ ሰራሕተኛ ደገፍ፣ ጉጅለ ጥዕና ኣእምሮ ወይ ቤት ትምህርቲ።
q-agencies-yes = እወ
q-agencies-no = ኣይፋል
q-agencies-not-sure = ርግጸኛ ኣይኮንኩን

step-referral-where = ኣበይ
q-area-happened = ኣበይ እዩ ተፈጺሙ?
q-area-happened-error = ኣበይ ከም ዝተፈጸመ ምረጹ
q-area-lives = ኣበይ ትነብሩ?
q-area-lives-error = ኣበይ ከም እትነብሩ ምረጹ
q-area-lives-them = እቲ ሰብ ኣበይ ይነብሩ?
q-area-lives-them-error = እቲ ሰብ ኣበይ ከም ዝነብሩ ምረጹ
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
q-area-happened-elsewhere = ካልእ ቦታ
q-area-happened-not-sure = ርግጸኛ ኣይኮንኩን
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
q-area-lives-elsewhere = ካልእ ቦታ
q-area-lives-not-sure = ርግጸኛ ኣይኮንኩን

step-referral-outside-area = ካብ West Midlands ወጻኢ ዝወሃብ ሓገዝ
step-referral-outside-area-body =
    ንሕና ኣብ West Midlands ኢና እንሰርሕ። ኣብ መላእ England ከምኡ’ውን Wales ኣገልግሎታት ናይ ምሕዋይ ፍትሒ ኣለዉ፣ ሓበሬታኹም ድማ ናብቲ ኣብ ቀረባኹም ዘሎ ኣገልግሎት ከነመሓላልፎ ንኽእል ኢና።

    ሕጂ’ውን ሓበሬታኹም ክትሰዱልና ትኽእሉ ኢኹም። ምስቲ ግቡእ ኣገልግሎት ተዛሪብና ክንሕብረኩም ኢና።

step-referral-other-person = እቲ ካልእ ሰብ
q-other-age = እቲ ጉድኣት ዘውረደ ሰብ ዕድሚኡ ክንደይ እዩ?
q-other-age-hint = ጉድኣት ዘውረድኩም ንስኹም እንተ ኾንኩም፣ ብዛዕባ እቲ ዝጎዳእኩምዎ ሰብ ንገሩና።
q-other-age-under-18 = ትሕቲ 18 ዓመት
q-other-age-adult = 18 ዓመት ወይ ካብኡ ንላዕሊ
q-other-age-dont-know = ኣይፈልጥን
q-other-age-error = ዕድመ ምረጹ፣ ወይ “ኣይፈልጥን” ምረጹ
q-other-age-them = እቲ ጉድኣት ዘውረደ ሰብ ዕድሚኡ ክንደይ እዩ?
q-other-age-them-hint = እቲ ናባና እትልእክዎም ዘለኹም ሰብ ጉድኣት ዘውረዱ እንተ ኾይኖም፣ ብዛዕባ እቲ ዝጎድእዎ ሰብ ንገሩና።
q-other-age-them-error = ዕድመ ምረጹ፣ ወይ “ኣይፈልጥን” ምረጹ
q-other-known = መን ምዃኑ ትፈልጡ ዲኹም?
q-other-known-yes = እወ
q-other-known-no = ኣይፋል
q-other-known-not-sure = ርግጸኛ ኣይኮንኩን
q-other-known-error = እወ፣ ኣይፋል ወይ ርግጸኛ ኣይኮንኩን ምረጹ
q-how-many = ክንደይ ሰባት እዮም ጉድኣት ዘውረዱ?
q-how-many-one = ሓደ ሰብ
q-how-many-two-or-three = 2 ወይ 3 ሰባት
q-how-many-more-than-three = ካብ 3 ንላዕሊ ሰባት
q-how-many-dont-know = ኣይፈልጥን
q-how-many-error = ክንደይ ሰባት ምዃኖም ምረጹ
q-how-many-harmed = ክንደይ ሰባት እዮም ዝተጎድኡ? (ግዴታ ኣይኮነን)
q-how-many-harmed-one = ሓደ ሰብ
q-how-many-harmed-two-or-three = 2 ወይ 3 ሰባት
q-how-many-harmed-more-than-three = ካብ 3 ንላዕሊ ሰባት
q-how-many-harmed-dont-know = ኣይፈልጥን
q-vulnerable = ካብቶም ኣብዚ ጉዳይ ዘለዉ ሰባት፣ ብውሑስ ንኽሳተፍ ተወሳኺ ክንክን ዘድልዮ ሰብ ኣሎ ድዩ? (ግዴታ ኣይኮነን)
q-vulnerable-hint = ንኣብነት፣ ብሰንኪ ዕድሚኦም፣ ስንክልና ወይ ጥዕና ኣእምሮኦም።
q-vulnerable-yes = እወ
q-vulnerable-no = ኣይፋል
q-vulnerable-not-sure = ርግጸኛ ኣይኮንኩን

step-referral-young-person = ጉድኣት ዘውረደ መንእሰይ ክኸውን ከሎ
step-referral-young-person-body =
    እቲ ጉድኣት ዘውረደ ሰብ ትሕቲ 18 ዓመት ክኸውን ከሎ፣ መብዛሕትኡ ግዜ ናይ ከባቢ Youth Offending Team እዩ ዝመርሖ። እዚ ናይ ምምሕዳር ከተማ ጉጅለ ኮይኑ፣ ሕጊ ንዝጠሓሱ ትሕቲ 18 ዓመት ዝዕድሚኦም መንእሰያት ይሕግዝ። ቅድም ምስኦም ክንዛረብ ኢና፣ ግቡእ ሓገዝ ከም እትረኽቡ ድማ ከነረጋግጽ ኢና።

    ሕጂ’ውን ሓበሬታኹም ክትሰዱልና ትኽእሉ ኢኹም።

## Referral: in your own words, about you

step-referral-own-words = ብናትኩም ቃላት (ግዴታ ኣይኮነን)
q-story = እንታይ ተፈጺሙ?
q-story-hint = ክትነግሩና እትደልይዎ ጥራይ ንገሩና። ነዚ ባዶ ክትገድፍዎ ትኽእሉ ኢኹም።
q-hopes = እንታይ ክኸውን ትደልዩ?
q-hopes-hint = ንኣብነት፣ ሕቶ ክትሓቱ፣ ድምጽኹም ክስማዕ፣ ወይ ይቕረታ ክሕተትኩም።
q-hopes-them = እቲ ሰብ እንታይ ክኸውን ይደልዩ?
q-hopes-them-hint = ንኣብነት፣ ሕቶ ክሓቱ፣ ድምጾም ክስማዕ፣ ወይ ይቕረታ ክሕተቱ።

step-referral-about-you = ብዛዕባኹም
step-referral-about-you-them = ብዛዕባ እቲ ሰብ
q-name = ብኸመይ ክንጽውዓኩም?
q-name-hint = ቀዳማይ ስምኩም ወይ እትመርጽዎ ስም ክኸውን ይኽእል።
q-name-error = ብኸመይ ክንጽውዓኩም ከም ዘለና ጽሓፉ
q-name-them = ነቲ ሰብ ብኸመይ ክንጽውዖም?
q-name-them-hint = ቀዳማይ ስሞም ወይ ዝመርጽዎ ስም ክኸውን ይኽእል።
q-name-them-error = ነቲ ሰብ ብኸመይ ክንጽውዖም ከም ዘለና ጽሓፉ
q-age-band = ዕድመኹም ክንደይ እዩ?
q-age-band-under-18 = ትሕቲ 18 ዓመት
q-age-band-18-24 = 18 ክሳብ 24
q-age-band-25-34 = 25 ክሳብ 34
q-age-band-35-44 = 35 ክሳብ 44
q-age-band-45-54 = 45 ክሳብ 54
q-age-band-55-64 = 55 ክሳብ 64
q-age-band-65-plus = 65 ወይ ካብኡ ንላዕሊ
q-age-band-prefer-not = ክገልጽ ኣይደልን
q-age-band-error = ዕድመኹም ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ
q-age-band-them = ዕድመ እቲ ሰብ ክንደይ እዩ?
q-age-band-them-error = ዕድመ እቲ ሰብ ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ

step-referral-under-18 = ትሕቲ 18 ዓመት እንተ ኾንኩም
step-referral-under-18-body =
    ኣብ ዝኾነ ዕድመ ኣብ ናይ ምሕዋይ ፍትሒ ክትሳተፉ ትኽእሉ ኢኹም። ፍቓድ ወለዲ ኣየድልየኩምን።

    እንተ ደሊኹም፣ ዝድግፈኩም ዓቢ ሰብ ምሳኹም ከም ዝህሉ ከነረጋግጽ ኢና፣ ንኣብነት ወላዲ፣ ተንከባካቢ ወይ ሰራሕተኛ መንእሰያት።

step-referral-under-18-them = እቲ ሰብ ትሕቲ 18 ዓመት እንተ ኾይኖም
step-referral-under-18-them-body =
    ዝኾነ ሰብ፣ ኣብ ዝኾነ ዕድመ፣ ኣብ ናይ ምሕዋይ ፍትሒ ክሳተፍ ይኽእል። እቲ ሰብ ፍቓድ ወለዲ ኣየድልዮምን።

    እንተ ደለዩ፣ ዝድግፎም ዓቢ ሰብ ምሳታቶም ከም ዝህሉ ከነረጋግጽ ኢና፣ ንኣብነት ወላዲ፣ ተንከባካቢ ወይ ሰራሕተኛ መንእሰያት።

## Referral: contacting you safely

step-referral-contact = ብኸመይ ክንረኽበኩም
step-referral-contact-them = ነቲ ሰብ ብኸመይ ክንረኽቦም
q-contact-ways = ብኸመይ ክንረኽበኩም ንኽእል?
q-contact-ways-hint = ንዓኹም ውሑሳት ዝኾኑ ኩሎም መገድታት ምረጹ።
q-contact-ways-phone = ጻውዒት ተሌፎን
q-contact-ways-text = ጽሑፍ መልእኽቲ (SMS)
q-contact-ways-email = ኢመይል
q-contact-ways-letter = ደብዳቤ
q-contact-ways-error = እንተ ወሓደ ሓደ መገዲ ርክብ ምረጹ
q-contact-ways-them = ነቲ ሰብ ብኸመይ ክንረኽቦም ንኽእል?
q-contact-ways-them-hint = ነቲ ሰብ ውሑሳት ዝኾኑ ኩሎም መገድታት ምረጹ።
q-contact-ways-them-error = ነቲ ሰብ ንምርካብ እንተ ወሓደ ሓደ መገዲ ምረጹ
q-phone = ቁጽሪ ተሌፎን
q-phone-error = ቁጽሪ ተሌፎን ጽሓፉ
q-email = ኣድራሻ ኢመይል
q-email-error = ኣድራሻ ኢመይል ጽሓፉ
q-address = ኣድራሻ
q-address-error = ኣድራሻኹም ጽሓፉ
q-address-them = ኣድራሻ እቲ ሰብ
q-address-them-error = ኣድራሻ እቲ ሰብ ጽሓፉ
q-postcode = ፖስትኮድ
q-postcode-error = ፖስትኮድኩም ጽሓፉ
q-postcode-them = ፖስትኮድ እቲ ሰብ
q-postcode-them-error = ፖስትኮድ እቲ ሰብ ጽሓፉ

step-referral-contact-safety = ርክብ ውሑስ ምግባር
q-voicemail-ok = መልእኽቲ ክንገድፈልኩም ወይ ጽሑፍ መልእኽቲ ክንሰደልኩም ውሑስ ድዩ?
q-voicemail-ok-hint = ኣብ መልእኽቲ ብዛዕባ እንታይ ምዃኑ ፈጺምና ኣይንገልጽን።
q-voicemail-ok-yes = እወ
q-voicemail-ok-no = ኣይፋል
q-voicemail-ok-error = እወ ወይ ኣይፋል ምረጹ
q-email-ok = ኢመይል ክንሰደልኩም ውሑስ ድዩ?
q-email-ok-yes = እወ
q-email-ok-no = ኣይፋል
q-email-ok-error = እወ ወይ ኣይፋል ምረጹ
q-email-ok-them = ነቲ ሰብ ኢመይል ክንሰደሎም ውሑስ ድዩ?
q-email-ok-them-error = እወ ወይ ኣይፋል ምረጹ
q-safe-times = መዓስ ክንረኽበኩም ውሑስ እዩ? (ግዴታ ኣይኮነን)
q-safe-times-hint = ንኣብነት፣ ካብ ሰኑይ ክሳብ ዓርቢ፣ ድሕሪ ሰዓት 2 ድሕሪ ቀትሪ (2pm)።
q-safe-times-them = ነቲ ሰብ መዓስ ክንረኽቦም ውሑስ እዩ? (ግዴታ ኣይኮነን)
q-safe-times-them-hint = ንኣብነት፣ ካብ ሰኑይ ክሳብ ዓርቢ፣ ድሕሪ ሰዓት 2 ድሕሪ ቀትሪ (2pm)።
q-caller-notes = እቲ ዝድውል ሰብ ክብሎ ዘለዎ ወይ ክብሎ ዘይብሉ ነገር ኣሎ ድዩ? (ግዴታ ኣይኮነን)
q-caller-notes-hint = ንኣብነት፣ “ካብ ክሊኒክ ኢና በሉ” ወይ “ንሳም ሕተቱ”።

## Referral: your needs, your safety

step-referral-needs = ካባና እንታይ የድልየኩም
step-referral-needs-them = እቲ ሰብ ካባና እንታይ የድልዮም
q-language = ብኣየናይ ቋንቋ ክትጥቀሙ ትደልዩ? (ግዴታ ኣይኮነን)
q-language-them = እቲ ሰብ ብኣየናይ ቋንቋ ክጥቀሙ ይደልዩ? (ግዴታ ኣይኮነን)
q-interpreter = ተርጓሚ ትደልዩ ዶ?
q-interpreter-yes = እወ
q-interpreter-no = ኣይፋል
q-interpreter-error = እወ ወይ ኣይፋል ምረጹ
q-interpreter-them = እቲ ሰብ ተርጓሚ ይደልዩ ዶ?
q-interpreter-them-error = እወ ወይ ኣይፋል ምረጹ
q-bsl = British Sign Language (BSL፣ ቋንቋ ምልክት ብሪጣንያ) ትጥቀሙ ዶ?
q-bsl-yes = እወ
q-bsl-no = ኣይፋል
q-bsl-error = እወ ወይ ኣይፋል ምረጹ
q-bsl-them = እቲ ሰብ British Sign Language (BSL፣ ቋንቋ ምልክት ብሪጣንያ) ይጥቀሙ ዶ?
q-bsl-them-error = እወ ወይ ኣይፋል ምረጹ
q-access = ካብዚኦም ዝሕግዘኩም ኣሎ ድዩ? (ግዴታ ኣይኮነን)
q-access-them = ካብዚኦም ነቲ ሰብ ዝሕግዞም ኣሎ ድዩ? (ግዴታ ኣይኮነን)
q-access-large-print = ዓቢ ፊደል
q-access-easy-read = Easy Read (ቀሊል ንምንባብ)
q-access-hearing = ንምስማዕ ሓገዝ
q-access-sight = ንምርኣይ ሓገዝ
q-access-mobility = ንምንቅስቓስ ሓገዝ
q-access-learning-disability = ንጸገም ምምሃር (learning disability) ደገፍ
q-access-mental-health = ንጥዕና ኣእምሮ ደገፍ
q-support-person = ዝድግፈኩም ሰብ ምሳኹም ክህሉ ትደልዩ ዶ?
q-support-person-hint = ንኣብነት፣ ዓርኪ፣ ኣባል ስድራቤት ወይ ሰራሕተኛ ደገፍ።
q-support-person-yes = እወ
q-support-person-no = ኣይፋል
q-support-person-error = እወ ወይ ኣይፋል ምረጹ
q-support-person-them = እቲ ሰብ ዝድግፎም ሰብ ምሳታቶም ክህሉ ይደልዩ ዶ?
q-support-person-them-hint = ንኣብነት፣ ዓርኪ፣ ኣባል ስድራቤት ወይ ሰራሕተኛ ደገፍ።
q-support-person-them-error = እወ ወይ ኣይፋል ምረጹ

q-safe-now = ሕጂ ውሑሳት ዲኹም?
q-safe-now-yes = እወ
q-safe-now-no = ኣይፋል
q-safe-now-not-sure = ርግጸኛ ኣይኮንኩን
q-safe-now-error = እወ፣ ኣይፋል ወይ ርግጸኛ ኣይኮንኩን ምረጹ
q-safe-now-them = እቲ ሰብ ሕጂ ውሑሳት ድዮም?
q-safe-now-them-error = እወ፣ ኣይፋል ወይ ርግጸኛ ኣይኮንኩን ምረጹ

step-referral-not-safe = ሕጂ ሓገዝ ምርካብ
step-referral-not-safe-body =
    ኣብ ሓደጋ እንተ ሃሊኹም፣ ሕጂ ናብ 999 ደውሉ።

    ክትዛረቡ እንተ ዘይክኢልኩም፣ ካብ ሞባይል ናብ 999 ደውሉ። ድምጺ ምስ ሰማዕኩም፣ 55 ጠውቑ። እዚ ንፖሊስ ሓቀኛ ህጹጽ ኩነታት ምዃኑ ይሕብሮም።

    ህጹጽ እንተ ዘይኮይኑ፣ ናብ ፖሊስ ብ101 ደውሉ።

    ድሉዋት ምስ ኮንኩም፣ ነዚ ቅጥዒ ምምላእ ክትቅጽሉ ትኽእሉ ኢኹም። ክንረኽበኩም ከለና ተወሳኺ ጥንቃቐ ክንገብር ኢና።

step-referral-not-safe-them = ሕጂ ሓገዝ ምርካብ
step-referral-not-safe-them-body =
    እቲ ሰብ ኣብ ሓደጋ እንተ ሃልዮም፣ ሕጂ ናብ 999 ደውሉ።

    ህጹጽ እንተ ዘይኮይኑ፣ ናብ ፖሊስ ብ101 ደውሉ።

    ድሉዋት ምስ ኮንኩም፣ ነዚ ቅጥዒ ምምላእ ክትቅጽሉ ትኽእሉ ኢኹም። ነቲ ሰብ ክንረኽቦም ከለና ተወሳኺ ጥንቃቐ ክንገብር ኢና።

## Referral: check, consent, send

step-referral-check = መልስታትኩም ፈትሹ
step-referral-consent = ስምምዕኩም
step-referral-consent-body =
    ምስታፍ ናትኩም ምርጫ እዩ። ኣብ ዝኾነ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም፣ ነዚ ድሕሪ ምስዳድኩም እውን።

    መልስታትኩም ክንረኽበኩምን ቀጺሉ ዝኸውን ክንውጥንን ክንጥቀመሉ ኢና። ብጥንቃቐ ንሕዞ፣ ንኻልእ ንካፈሎ ድማ ግድን ኣብ ዝኾነሉ ጥራይ እዩ፣ ንኣብነት ሓደ ሰብ ካብ ጉድኣት ንምሕላው።
q-consent = ስምምዕኩም
q-consent-agree = ብዛዕባ ናይ ምሕዋይ ፍትሒ ክትረኽቡኒ ምእንቲ፣ ብመልስታተይ ክትጥቀሙ እሰማማዕ እየ
q-consent-error = ክንረኽበኩም ምእንቲ፣ ስምምዕኩም ንምግላጽ ኣብቲ ሳጹን ምልክት ግበሩ
step-referral-consent-them = ነዚ ጠለብ ምስዳድ
step-referral-consent-them-body =
    ምስታፍ ኩሉ ግዜ ናይቲ ሰብ ናይ ገዛእ ርእሶም ምርጫ እዩ። ኣብ ዝኾነ ግዜ ደው ከብሉ ይኽእሉ እዮም፣ ነዚ ድሕሪ ምስዳድኩም እውን።

    ነዞም መልስታት፣ ነቲ ሰብ ንምርካብ፣ ኣድላዪ እንተ ኾይኑ ድማ ንዓኹም ንምርካብ፣ ከምኡ’ውን ቀጺሉ ዝኸውን ንምውጣን ክንጥቀመሎም ኢና። ብጥንቃቐ ንሕዞም፣ ንኻልእ ንካፈሎም ድማ ግድን ኣብ ዝኾነሉ ጥራይ እዩ፣ ንኣብነት ሓደ ሰብ ካብ ጉድኣት ንምሕላው።
q-consent-them = ስምምዕኩም
q-consent-them-agree = ብዛዕባ ናይ ምሕዋይ ፍትሒ ነቲ ሰብ፣ ኣድላዪ እንተ ኾይኑ ድማ ንዓይ፣ ክትረኽቡ ምእንቲ፣ በዞም መልስታት ክትጥቀሙ እሰማማዕ እየ
q-consent-them-error = ነቲ ሰብ ክንረኽቦም ምእንቲ፣ ስምምዕኩም ንምግላጽ ኣብቲ ሳጹን ምልክት ግበሩ

## Call back

step-call-back-your-details = ሓበሬታኹም
step-call-back-when = መዓስ ንደውል
q-call-days = ኣየኖት መዓልታት ይሓይሹ? (ግዴታ ኣይኮነን)
q-call-days-monday = ሰኑይ
q-call-days-tuesday = ሰሉስ
q-call-days-wednesday = ረቡዕ
q-call-days-thursday = ሓሙስ
q-call-days-friday = ዓርቢ
q-call-times = ኣየናይ ግዜ መዓልቲ ይሓይሽ? (ግዴታ ኣይኮነን)
q-call-times-morning = ንግሆ
q-call-times-lunchtime = ግዜ ምሳሕ
q-call-times-afternoon = ድሕሪ ቀትሪ
step-call-back-language = ቋንቋ
q-call-reason = ብዛዕባ እንታይ ክትዛረቡ ትደልዩ? (ግዴታ ኣይኮነን)
q-call-reason-hint = ሒደት ቃላት ይኣኽል። ነዚ ባዶ ክትገድፍዎ ትኽእሉ ኢኹም።
step-call-back-check = መልስታትኩም ፈትሹ
step-call-back-consent = ስምምዕኩም
step-call-back-consent-body =
    ቁጽሪ ተሌፎንኩም፣ ብዛዕባ ናይ ምሕዋይ ፍትሒ ክንድውለልኩም ጥራይ ኢና እንጥቀመሉ።

## Withdrawal

step-withdrawal-details = ጠለብኩም ኣቋርጹ
step-withdrawal-details-body = መወከሲ ቑጽሪኹምን፣ ንስኹም ምዃንኩም ብኸመይ ከነረጋግጽ ከም እንኽእልን ንገሩና። ኣብዚ ብዛዕባ ጠለብኩም ዝኾነ ሓበሬታ ኣይነርእየኩምን።
q-reference = መወከሲ ቑጽሪኹም
q-reference-hint = ብ RJ ይጅምር፣ ንኣብነት RJ-HK4M-7TWX።
q-reference-error = መወከሲ ቑጽሪኹም ጽሓፉ
q-withdraw-contact = ቁጽሪ ተሌፎንኩም ወይ ኣድራሻ ኢመይልኩም
q-withdraw-contact-hint = እቲ ዝሃብኩምና፣ ንስኹም ምዃንኩም ከነረጋግጽ ምእንቲ።
q-withdraw-contact-error = ቁጽሪ ተሌፎንኩም ወይ ኣድራሻ ኢመይልኩም ጽሓፉ
q-withdraw-reason = ስለምንታይ ደው ከተብሉ ደሊኹም? (ግዴታ ኣይኮነን)
q-withdraw-reason-hint = ክትነግሩና ኣየድልየኩምን።
q-withdraw-confirm = ኣረጋግጹ
q-withdraw-confirm-confirm = ጠለበይ ከቋርጽ እደሊ እየ
q-withdraw-confirm-error = ደው ከተብሉ ከም እትደልዩ ንምርግጋጽ ኣብቲ ሳጹን ምልክት ግበሩ

## Confirmation

sent-referral-title = ጠለብኩም በጺሑና ኣሎ
sent-call-back-title = ክንድውለልኩም ኢና
sent-withdrawal-title = ናይ ምቁራጽ ሕቶኹም በጺሑና ኣሎ
sent-reference = መወከሲ ቑጽሪኹም፦
sent-keep-reference = ነዚ ቁጽሪ ብጥንቃቐ ሓዝዎ። ብዛዕባ እዚ ክትረኽቡና ከለኹም ከድልየኩም እዩ።
sent-next-heading = ቀጺሉ እንታይ ይኸውን
sent-referral-next = ሓደ ኣባል ጉጅልና ክሳብ { $date }፣ ውሑስ እዩ ብዝበልኩምዎ መገዲ ክረኽበኩም እዩ።
sent-call-back-next = ክሳብ { $date } ክንድውለልኩም ኢና።
sent-withdrawal-next = ኣብ ጠለብኩም ዝግበር ስራሕ ደው ከነብል ኢና። ክንረኽበኩም ውሑስ እንተ ኾይኑ፣ ክሳብ { $date } ከነረጋግጸልኩም ኢና።
sent-contact-heading = ርኸቡና
sent-withdraw-heading = ሓሳብኩም እንተ ቐየርኩም
sent-withdraw-text = ኣብ ዝኾነ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም።
sent-withdraw-link = ጠለብኩም ኣቋርጹ
sent-support-heading = ክትጽበዩ ከለኹም ዝወሃብ ደገፍ
sent-support-text = ኣብ ናይ ምሕዋይ ፍትሒ ትሳተፉ ኣይትሳተፉ፣ ኣብ ዝኾነ ግዜ ካብ Victim Support (ንግዳያት ገበን ዝሕግዝ ግብረ-ሰናይ ማሕበር) ብነጻ ደገፍ ክትረኽቡ ትኽእሉ ኢኹም። ህጹጽ ኩነታት እንተ ኣጋጢሙ፣ ናብ 999 ደውሉ።
sent-print = መዘከሪ ንምሓዝ፣ መወከሲ ቑጽሪኹም ጽሓፍዎ ወይ ነዚ ገጽ ሕተምዎ።
sent-equality-heading = ፍትሓውያን ንኽንከውን ሓግዙና (ግዴታ ኣይኮነን)
sent-equality-text = ብዛዕባኹም ዝሓቱ ሒደት ሕቶታት፣ ንኹሉ ሰብ ፍትሓውያን ምዃንና ንምፍታሽ ይሕግዙና። መልስታትኩም ካብ ጠለብኩም ተፈልዮም ይቕመጡ።
sent-equality-link = ሕቶታት ማዕርነት መልሱ
sent-home-link = ናብ ቀንዲ ገጽ ኪዱ

## Equality monitoring

step-referral-equality = ፍትሓውያን ንኽንከውን ሓግዙና
step-referral-equality-body =
    እዞም ሕቶታት ግዴታ ኣይኮኑን። መልስታትኩም ካብ ጠለብኩም ተፈልዮም ይቕመጡ፣ ክንደይ ሰባት ከም እንሕግዝ ንምቑጻር ጥራይ ድማ ኢና እንጥቀመሎም።
q-eq-age = ዕድመኹም ክንደይ እዩ?
q-eq-age-under-18 = ትሕቲ 18 ዓመት
q-eq-age-18-24 = 18 ክሳብ 24
q-eq-age-25-34 = 25 ክሳብ 34
q-eq-age-35-44 = 35 ክሳብ 44
q-eq-age-45-54 = 45 ክሳብ 54
q-eq-age-55-64 = 55 ክሳብ 64
q-eq-age-65-plus = 65 ወይ ካብኡ ንላዕሊ
q-eq-age-prefer-not = ክገልጽ ኣይደልን
q-eq-sex = ጾታኹም እንታይ እዩ?
q-eq-sex-female = ኣንስታይ
q-eq-sex-male = ተባዕታይ
q-eq-sex-prefer-not = ክገልጽ ኣይደልን
q-eq-gender-same = እቲ እትልለዩሉ ጾታ፣ ምስቲ ኣብ ግዜ ውልደትኩም ዝተመዝገበ ጾታ ሓደ ድዩ?
q-eq-gender-same-yes = እወ
q-eq-gender-same-no = ኣይፋል
q-eq-gender-same-prefer-not = ክገልጽ ኣይደልን
q-eq-ethnicity = ኣየናይ ዓሌታዊ ጉጅለ ኢኹም?
q-eq-ethnicity-white-british = ጻዕዳ፦ እንግሊዛዊ፣ ዌልሳዊ፣ ስኮትላንዳዊ፣ ናይ ሰሜን ኣየርላንድ ወይ ብሪጣንያዊ
q-eq-ethnicity-white-irish = ጻዕዳ፦ ኣየርላንዳዊ
q-eq-ethnicity-white-gypsy-traveller = ጻዕዳ፦ ጂፕሲ ወይ Irish Traveller
q-eq-ethnicity-white-roma = ጻዕዳ፦ ሮማ
q-eq-ethnicity-white-other = ጻዕዳ፦ ካልእ ዝኾነ ጻዕዳ ድሕረ-ባይታ
q-eq-ethnicity-mixed-white-black-caribbean = ዝተሓወሰ፦ ጻዕዳን ጸሊም ካሪብያንን
q-eq-ethnicity-mixed-white-black-african = ዝተሓወሰ፦ ጻዕዳን ጸሊም ኣፍሪቃውን
q-eq-ethnicity-mixed-white-asian = ዝተሓወሰ፦ ጻዕዳን ኤስያውን
q-eq-ethnicity-mixed-other = ዝተሓወሰ፦ ካልእ ዝኾነ ዝተሓወሰ ወይ ብዙሕ ድሕረ-ባይታ
q-eq-ethnicity-asian-indian = ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ፦ ህንዳዊ
q-eq-ethnicity-asian-pakistani = ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ፦ ፓኪስታናዊ
q-eq-ethnicity-asian-bangladeshi = ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ፦ ባንግላደሻዊ
q-eq-ethnicity-asian-chinese = ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ፦ ቻይናዊ
q-eq-ethnicity-asian-other = ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ፦ ካልእ ዝኾነ ኤስያዊ ድሕረ-ባይታ
q-eq-ethnicity-black-african = ጸሊም፣ ጸሊም ብሪጣንያዊ፣ ካሪብያዊ ወይ ኣፍሪቃዊ፦ ኣፍሪቃዊ
q-eq-ethnicity-black-caribbean = ጸሊም፣ ጸሊም ብሪጣንያዊ፣ ካሪብያዊ ወይ ኣፍሪቃዊ፦ ካሪብያዊ
q-eq-ethnicity-black-other = ጸሊም፣ ጸሊም ብሪጣንያዊ፣ ካሪብያዊ ወይ ኣፍሪቃዊ፦ ካልእ ዝኾነ ድሕረ-ባይታ
q-eq-ethnicity-other-arab = ካልእ ዓሌታዊ ጉጅለ፦ ዓረብ
q-eq-ethnicity-other-any = ካልእ ዝኾነ ዓሌታዊ ጉጅለ
q-eq-ethnicity-prefer-not = ክገልጽ ኣይደልን
q-eq-disability = ስንክልና ወይ ንነዊሕ ግዜ ዝጸንሕ ሕማም ኣለኩም ድዩ?
q-eq-disability-yes = እወ
q-eq-disability-no = ኣይፋል
q-eq-disability-prefer-not = ክገልጽ ኣይደልን

## Too many tries

busy-title = በጃኹም ንሓጺር ግዜ ተጸበዩ
busy-text =
    ካብ መራኸቢኹም (connection) ኣብ ሓጺር ግዜ ብዙሕ መልስታት በጺሑና። በጃኹም { $minutes ->
        [one] { $minutes } ደቒቕ
       *[other] { $minutes } ደቒቕ
    } ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
busy-back = ናብ መልስታትኩም ንምምላስ፣ ኣብ ብራውዘርኩም ዘሎ “Back” መልጎም ተጠቐሙ። መልስታትኩም ገና ኣለዉ።

## Our database is not answering

store-down-title = ሕጂ መልስታትኩም ክንዕቅብ ኣይንኽእልን ኢና
store-down-text = ኣብ ወገንና ጸገም ኣሎ። ኣብ ዝሓለፉ ገጻት ዝሃብኩምዎም መልስታት ተዓቂቦም ኣለዉ። ኣብዚ ገጽ ዝጸሓፍኩምዎ ገና ኣብ ብራውዘርኩም ኣሎ፦ ናብኡ ንምምላስ ኣብ ብራውዘርኩም ዘሎ “Back” መልጎም ተጠቐሙ፣ ድሕሪ ሒደት ደቓይቕ ከኣ ደጊምኩም ፈትኑ። እንተ ቐጸለ፣ ናብ { $phone } ደውሉልና።


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = ከመይ ከም ዝኸደ ንገሩና
feedback-intro = ስለ ዝተሳተፍኩም የቐንየልና። መልስታትኩም ነቲ ኣገልግሎት ንኻልኦት ሰባት ከነመሓይሾ ይሕግዙና። ንሕና ንቖጽሮም ጥራይ ኢና፦ ምስ ስምኩም ዘንብቦም ሰብ የለን።
feedback-prefer-not = ንዝኾነ ሕቶ “ክገልጽ ኣይደልን” ክትመርጹ ትኽእሉ ኢኹም።
q-fb-service = በቲ ዝሃብናኩም ኣገልግሎት ክንደይ ዕጉባት ኢኹም?
q-fb-service-very-satisfied = ብጣዕሚ ዕጉብ
q-fb-service-satisfied = ዕጉብ
q-fb-service-neither = ዕጉብ’ውን ዘይዕጉብ’ውን ኣይኮንኩን
q-fb-service-dissatisfied = ዘይዕጉብ
q-fb-service-very-dissatisfied = ብጣዕሚ ዘይዕጉብ
q-fb-service-prefer-not = ክገልጽ ኣይደልን
q-fb-service-error = ክንደይ ዕጉባት ምዃንኩም ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ
q-fb-outcome = ብመወዳእታ ብዝተረኽበ ውጽኢት ክንደይ ዕጉባት ኢኹም?
q-fb-outcome-very-satisfied = ብጣዕሚ ዕጉብ
q-fb-outcome-satisfied = ዕጉብ
q-fb-outcome-neither = ዕጉብ’ውን ዘይዕጉብ’ውን ኣይኮንኩን
q-fb-outcome-dissatisfied = ዘይዕጉብ
q-fb-outcome-very-dissatisfied = ብጣዕሚ ዘይዕጉብ
q-fb-outcome-prefer-not = ክገልጽ ኣይደልን
q-fb-outcome-error = ክንደይ ዕጉባት ምዃንኩም ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ
q-fb-safety = ምስ ቀደም ክነጻጸር፣ ሕጂ ክንደይ ውሑሳት ከም ዘለኹም ይስምዓኩም?
q-fb-safety-better = ካብ ቀደም ዝያዳ ውሕስነት
q-fb-safety-same = ዳርጋ ከምቲ ቀደም
q-fb-safety-worse = ካብ ቀደም ዝነኣሰ ውሕስነት
q-fb-safety-prefer-not = ክገልጽ ኣይደልን
q-fb-safety-error = ሓደ መልሲ ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ
q-fb-wellbeing = ምስ ቀደም ክነጻጸር፣ ሕጂ ብሓፈሻ ከመይ ይስምዓኩም?
q-fb-wellbeing-better = ካብ ቀደም ይሓይሽ
q-fb-wellbeing-same = ዳርጋ ከምቲ ቀደም
q-fb-wellbeing-worse = ካብ ቀደም ይኸፍእ
q-fb-wellbeing-prefer-not = ክገልጽ ኣይደልን
q-fb-wellbeing-error = ሓደ መልሲ ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ
q-fb-coping = ምስ ቀደም ክነጻጸር፣ ሕጂ ነቲ ዘጋጠመ ነገር ክሳብ ክንደይ ክትጻወርዎ ትኽእሉ ኢኹም?
q-fb-coping-better = ካብ ቀደም ይሓይሽ
q-fb-coping-same = ዳርጋ ከምቲ ቀደም
q-fb-coping-worse = ካብ ቀደም ይኸፍእ
q-fb-coping-prefer-not = ክገልጽ ኣይደልን
q-fb-coping-error = ሓደ መልሲ ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ
q-fb-confidence = ምስ ቀደም ክነጻጸር፣ ሕጂ ኣብ ፖሊስን ቤት ፍርድን ክንደይ እምነት ኣለኩም?
q-fb-confidence-better = ካብ ቀደም ዝያዳ እምነት
q-fb-confidence-same = ዳርጋ ከምቲ ቀደም
q-fb-confidence-worse = ካብ ቀደም ዝነኣሰ እምነት
q-fb-confidence-prefer-not = ክገልጽ ኣይደልን
q-fb-confidence-error = ሓደ መልሲ ምረጹ፣ ወይ “ክገልጽ ኣይደልን” ምረጹ
feedback-gone-title = እዚ ሊንክ ደጊም ኣይሰርሕን እዩ
feedback-gone-text = ነፍሲ ወከፍ ሊንክ ርእይቶ ሓንሳብ ጥራይ፣ ንሒደት ሰሙናት ጥራይ ድማ ይሰርሕ። ከመይ ከም ዝኸደ ክትነግሩና ገና እንተ ደሊኹም፣ ናብ { $phone } ደውሉልና።
feedback-thanks-title = የቐንየልና
feedback-thanks-text = መልስታትኩም በጺሑና ኣሎ። ነቲ ኣገልግሎት ንዝቕጽል ሰብ ከነመሓይሾ ይሕግዙና።
