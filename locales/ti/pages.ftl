# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = ዳሕረዋይ ምሕዳስ፦
hours-text = ካብ ሰኑይ ክሳብ ዓርቢ፣ ካብ { $opens } ክሳብ { $closes } ክፉታት ኢና። እንተ ኣድልዩኩም፣ ኣብ ምሸት ወይ ኣብ ቀዳመ ሰንበት’ውን ክንራኸብ ንኽእል ኢና።
read-next = ቀጺልኩም ኣንብቡ
about-nav-label = ብዛዕባ ናይ ምሕዋይ ፍትሒ

## Home page

home-summary = ብገበን ዝተጎድኡ ሰባት ምስቲ ጉድኣት ዘውረደ ሰብ ክዛረቡ፣ ወይ መልእኽቲ ክሰዱሉ ንሕግዝ። ዝሰልጠነ መራሒ ኩሉ ውሑስ ከም ዝኸውን ይገብር። ዝኾነ ዓይነት ገበን ይኹን፣ ቅድሚ ክንደይ ግዜ ይኹን፣ ክንሕግዝ ንኽእል ኢና።
home-ways-heading = ብኸመይ ክትጅምሩ ትኽእሉ
home-way-refer = ንርእስኹም ወይ ንካልእ ሰብ ኣመልክቱ
home-way-refer-text = ብኢንተርነት ውሑዳት ሓጸርቲ ሕቶታት መልሱ። ኣብ ዝኾነ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም።
home-way-call = ክንድውለልኩም ሕተቱ
home-way-call-text = ክንድውለልኩም ውሑስ ዝኾነሉ ግዜ ንገሩና፣ ንሕና ድማ ክንድውለልኩም ኢና።
home-way-read = ብዛዕባ ናይ ምሕዋይ ፍትሒ ተወሳኺ ኣንብቡ
home-way-read-text = እንታይ ምዃኑ፣ ብኸመይ ከም ዝሰርሕን መን ክሳተፍ ከም ዝኽእልን ፍለጡ።
home-more-heading = ተወሳኺ ፍለጡ

## What is restorative justice

what-title = ናይ ምሕዋይ ፍትሒ እንታይ እዩ?
what-intro = ናይ ምሕዋይ ፍትሒ (restorative justice)፣ ብገበን ንዝተጎድኡ ሰባት ምስቲ ጉድኣት ዘውረደ ሰብ ዝዛረቡሉ ውሑስ መገዲ ይህቦም።
what-idea-heading = እቲ ሓሳብ
what-idea-1 = ገበን ንሰባት ይጎድእ። ብዙሕ ግዜ እቲ ዝተጎድአ ሰብ፣ እቲ ካልእ ሰብ ጥራይ ክምልሶም ዝኽእል ሕቶታት ኣለዉዎ። ስለምንታይ ኣነ? ኣቐዲሙ ዝተሓሰበሉ ድዩ ነይሩ? ከም ብሓድሽ ክኸውን ድዩ?
what-idea-2 = ናይ ምሕዋይ ፍትሒ ነዞም ሕቶታት ክትሓቱ የኽእለኩም። እቲ ገበን ንህይወትኩም ብኸመይ ከም ዝቐየሮ’ውን ክትገልጹ ትኽእሉ ኢኹም። እቲ ጉድኣት ዘውረደ ሰብ ክሰምዕ፣ ንዝገበሮ ድማ ክገጥሞ ኣለዎ።
what-idea-3 = ዝሰልጠነ መራሒ፣ “ኣወሃሃዲ” (facilitator) ዝበሃል፣ ንብምሉኡ መስርሕ ይከታተሎ። ንዝኾነ ወገን ኣይድግፍን። ዕማሙ ንኹሉ ሰብ ውሑስ ምግባርን፣ ነፍሲ ወከፍ ሰብ ከም ዝስማዕ ምርግጋጽን እዩ።
what-meeting-heading = ርክብ እንታይ ይመስል
what-meeting-1 = ርክብ ሓደ ሓደ ግዜ “ዋዕላ” (conference) ይበሃል። ኣወሃሃዲ ኣብቲ ክፍሊ ከሎ፣ ምስቲ ጉድኣት ዘውረደ ሰብ ትራኸቡ።
what-meeting-l1 = ኣብ ውሑስን ንዓኹም ዝምችእን ቦታ ይካየድ።
what-meeting-l2 = ንደገፍ ዓርኪ ወይ ኣባል ስድራቤት ሒዝኩም ክትመጹ ትኽእሉ ኢኹም።
what-meeting-l3 = ኩሉ ሰብ ቅድም ኣብ መሰረታዊ ሕግታት ይሰማማዕ፣ ንኣብነት ብተራ ምዝራብ።
what-meeting-l4 = ኣብ ዝኾነ ግዜ ከተዕርፉ ወይ ደው ከተብሉ ትኽእሉ ኢኹም።
what-indirect-heading = ክትራኸቡ እንተ ዘይደሊኹም
what-indirect-1 = ገጽ ንገጽ ክትራኸቡ ግድን ኣይኮነን። ብኻልእ መገድታት’ውን ክትዘራረቡ ትኽእሉ ኢኹም፦
what-indirect-l1 = ኣወሃሃዲ ኣብ መንጎኹም መልእኽቲ ከመላልስ ይኽእል። እዚ ሓደ ሓደ ግዜ “መልእኽቲ ምምልላስ” (shuttle mediation) ይበሃል።
what-indirect-l2 = ደብዳቤ ክትጽሕፉ፣ ወይ ካብቲ ሰብ ደብዳቤ ክትቕበሉ ትኽእሉ ኢኹም።
what-indirect-l3 = መልእኽቲ ክትቀድሑ ትኽእሉ ኢኹም፣ ብቪድዮ ወይ ብድምጺ ጥራይ።
what-indirect-2 = ብዙሓት ሰባት ብደብዳቤ ወይ ብመልእኽቲ ይጅምሩ። ገሊኦም ደሓር ክራኸቡ ይውስኑ። ገሊኦም ድማ ኣይራኸቡን፣ እዚ’ውን ጸገም የብሉን።
what-agreement-heading = ናይ ውጽኢት ስምምዕ እንታይ እዩ
what-agreement-1 = ኣብ መወዳእታ ርክብ፣ ሰባት ቀጺሉ እንታይ ከም ዝግበር ክሰማምዑ ይኽእሉ። ንኣብነት፣ እቲ ጉድኣት ዘውረደ ሰብ ብጽሑፍ ይቕረታ ክሓትት፣ ዘበላሸዎ ክጽግን፣ ወይ ንጸገም መስተ ወይ ዕጽ-ፋርስ ሓገዝ ክረክብ ክሰማማዕ ይኽእል።
what-agreement-2 = እዚ መደብ ብጽሑፍ ይስፈር። “ናይ ውጽኢት ስምምዕ” (outcome agreement) ይበሃል። ኩሉ ሰብ ክሰማምዓሉ ኣለዎ። ደሓር እቲ ዝተዋዕደ ከም ዝተፈጸመ ንፈትሽ፣ ከመይ ከም ዝኸደ ድማ ንነግረኩም።
what-funder-heading = ነዚ ኣገልግሎት መን እዩ ዝኸፍሎ
what-funder-text = ወጻኢታት { $service } ዝሽፍን West Midlands Police and Crime Commissioner እዩ። እዚ ብህዝቢ ዝተመርጸ ሰብ ኮይኑ፣ ኣብ West Midlands ንስራሕ ፖሊስ ይቆጻጸር። ሓደ ካብ ዕማማቱ፣ ብገበን ንዝተጎድኡ ሰባት ዝወሃብ ሓገዝ ምኽፋል እዩ።

## How it works

how-title = ብኸመይ ይሰርሕ፣ ስጉምቲ ብስጉምቲ
how-intro = ካብታ ምሳና ዝተራኸብኩምላ መዓልቲ ጀሚሩ እንታይ ከም ዝኸውን እዚ እዩ። ኣብ ዝኾነ ስጉምቲ ደው ከተብሉ ትኽእሉ ኢኹም። ንገሩና ጥራይ።
how-s1-heading = ስጉምቲ 1፦ ምሳና ትራኸቡ
how-s1-text = ቅጥዕና ምልኡ፣ ክንድውለልኩም ሕተቱ፣ ደውሉልና ወይ ኢመይል ስደዱ። እንተ ተሰማሚዕኩም፣ ካልእ ሰብ ኣብ ክንዳኹም ከመልክት ይኽእል። ብዛዕባ እቲ ገበን ንፖሊስ ነጊርኩም ክትኮኑ ኣየድልየኩምን።
how-s2-heading = ስጉምቲ 2፦ ንሕና ንረኽበኩም
how-s2-text = ኣብ ውሽጢ 5 መዓልታት ስራሕ ክንረኽበኩም ኢና። እንድውለልኩም ወይ እንጽሕፈልኩም፣ ውሑስ እዩ ብዝበልኩምዎ መገዲ ጥራይ እዩ። እንታይ ክንህብ ከም እንኽእል ንገልጽ፣ ሕቶታትኩም ድማ ንምልስ። ክትቕጽሉ ዘገድደኩም ጸቕጢ የለን።
how-s3-heading = ስጉምቲ 3፦ ብሓባር ንዳሎ
how-s3-text = ኣወሃሃዲ ምሳኹም ይራኸብ፣ ብዙሕ ግዜ ካብ ሓደ ግዜ ንላዕሊ። እንታይ ክኸውን ከም እትደልዩን እንታይ ከም ዘሻቕለኩምን ይሓትት። ምስቲ ካልእ ሰብ’ውን ይራኸብ፣ ብቕንዕና ንምስታፍ ድሉው ምዃኑ ንምርግጋጽ።
how-s3-safety = ዝኾነ ነገር ቅድሚ ምቕጻሉ፣ ኣወሃሃዲ ውሑስ ምዃኑ የረጋግጽ። እዚ “ናይ ሓደጋ ገምጋም” ይበሃል። ውሑስ እንተ ዘይኮይኑ፣ ኣይቅጽልን።
how-s3-time = ምድላው ውሑዳት ሰሙናት ክወስድ ይኽእል። ሓደ ሓደ ግዜ ውሑዳት ኣዋርሕ ይወስድ። ብናትኩም ቅልጣፈ ኢና እንኸይድ።
how-s4-heading = ስጉምቲ 4፦ እቲ ርክብ፣ ወይ መልእኽቲ
how-s4-text = ኩሉ ሰብ ምስ ተዳለወ፣ ኣወሃሃዲ ከሎ ምስቲ ካልእ ሰብ ትራኸቡ። ወይ ድማ፣ እንተ ደሊኹም፣ ኣብ ክንዳኡ መልእኽቲ፣ ደብዳቤ ወይ ዝተቐድሐ መልእኽቲ ትሰዱ። ምርጫ ናትኩም እዩ።
how-s5-heading = ስጉምቲ 5፦ ድሕሪኡ
how-s5-text = ድሕሪ እቲ ርክብ ወይ መልእኽቲ፣ ኣወሃሃዲ ምሳኹም ርክብ ይቕጽል። ስምምዕ እንተ ነይሩ፣ ከም ዝተፈጸመ ንከታተል። ምስ ካልእ ደገፍ’ውን ከነራኽበኩም ንኽእል ኢና።
how-stop-heading = ኣብ ዝኾነ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም
how-stop-text = ኣብ ዝኾነ ስጉምቲ ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም፣ ኣብታ መዓልቲ ርክብ እውን እንተ ኾነ። ምኽንያት ክትህቡ ኣየድልየኩምን። ደው ምባል ንዝኾነ ጉዳይ ቤት ፍርዲ ወይ ንእትረኽብዎ ካልእ ሓገዝ ኣይጸልዎን።
how-long-heading = ክንደይ ግዜ ይወስድ
how-long-l1 = ቀዳማይ ርክብ፦ ኣብ ውሽጢ 5 መዓልታት ስራሕ።
how-long-l2 = ምድላው፦ ብዙሕ ግዜ ውሑዳት ሰሙናት፣ ሓደ ሓደ ግዜ ውሑዳት ኣዋርሕ።
how-long-l3 = ርክብ፦ ብዙሕ ግዜ ሓደ ወይ ክልተ ሰዓት።
how-long-l4 = ድሕሪኡ ርክብ ምቕጻል፦ ክሳብ ዘድልየኩም።

## Who can take part

who-title = መን ክሳተፍ ይኽእል
who-intro = ናይ ምሕዋይ ፍትሒ (restorative justice) ንዝኾነ ብገበን ዝተጎድአ ሰብ፣ ከምኡ’ውን ጉድኣት ንዘውረዱ ሰባት ክፉት እዩ።
who-harmed-heading = ብገበን ዝተጎድኡ ሰባት
who-harmed-text = ገበን እንተ ጎዲኡኩም፣ ክትሳተፉ ትኽእሉ ኢኹም። ስድራቤትኩም’ውን ክሳተፉ ይኽእሉ፣ ንኣብነት መጻምድቲ፣ ወላዲ ወይ ውሉድ።
who-bereaved-text = እትፈትውዎ ሰብ ብሰንኪ ገበን እንተ ሞይቱ፣ ክትሳተፉ ትኽእሉ ኢኹም። እዚ መጻምድቲ፣ ወለዲ፣ ውሉዳት፣ ኣሕዋትን ኣሓትን የጠቓልል።
who-caused-heading = ጉድኣት ዘውረዱ ሰባት
who-caused-text = ጉድኣት እንተ ኣውሪድኩም፣ ብዛዕባ ናይ ምሕዋይ ፍትሒ ክትሓቱና ትኽእሉ ኢኹም። ክቕጽል ዝኽእል፣ እቲ ዝጎዳእኩምዎ ሰብ እንተ ተሰማሚዑ ጥራይ እዩ። ንሕና ንሓቶ፣ መልሱ ድማ ነኽብሮ።
who-young-heading = መንእሰያት
who-young-text = ትሕቲ 18 ዓመት ዝዕድሚኦም ሰባት ክሳተፉ ይኽእሉ። ዓቢ ሰብ ፍቓድ ክህበኩም ኣየድልን፣ ግን ደገፍ ከም ዝህልወኩም ከነረጋግጽ ኢና። እቲ ጉድኣት ዘውረደ ሰብ ትሕቲ 18 ዓመት እንተ ኾይኑ፣ ምስ ናይ ከባቢ Youth Offending Team ንሰርሕ። እዚ ጉጅለ ናይ ምምሕዳር ከተማ (council) ኮይኑ፣ ሕጊ ንዝጠሓሱ ትሕቲ 18 ዓመት ዝዕድሚኦም መንእሰያት ይሕግዝ።
who-crime-heading = ዝኾነ ገበን፣ ኣብ ዝኾነ ግዜ
who-crime-l1 = ዝኾነ ዓይነት ገበን። ገለ ጉዳያት ተወሳኺ ስልጠና ዘለዎም ሰራሕተኛታት የድልዮም፦ ከቢድ ወይ ጾታዊ ዓመጽ፣ ዓመጽ ኣብ ገዛ፣ ናይ ጽልኢ ገበን፣ ከምኡ’ውን ሓደ ሰብ ተቓላዒ ኣብ ዝኾነሉ ወይ ከም ብሓድሽ ክጉዳእ ኣብ ዝኽእለሉ ጉዳያት።
who-crime-l2 = ኣብ ዝኾነ ደረጃ፦ ቅድሚ ጉዳይ ቤት ፍርዲ፣ ኣብ ግዜኡ ወይ ድሕሪኡ።
who-crime-l3 = ደረት ግዜ የብሉን። እቲ ገበን ቅድሚ ብዙሕ ዓመታት ተፈጺሙ ክኸውን ይኽእል።
who-crime-l4 = ንፖሊስ ነጊርኩም ክትኮኑ ኣየድልየኩምን።
who-everyone-heading = ንኹሉ ሰብ
who-everyone-text = ካብ ዝኾነት ሃገር ንዝመጹ ሰባት ንሕግዝ፣ ኣብዚ ናይ ምንባር መሰሎም ዝኾነ ይኹን። ንኹሉ ሰብ ብማዕርነት ንሕዞ። ኣብ ነፍሲ ወከፍ ስጉምቲ ብነጻ ተርጓሚ ከነዳልወልኩም ንኽእል ኢና።
who-area-heading = ኣበይ ንሰርሕ
who-area-text = ኣብ Birmingham፣ Coventry፣ Dudley፣ Sandwell፣ Solihull፣ Walsall ከምኡ’ውን Wolverhampton ንሰርሕ። ኣብ ካልእ ቦታ እንተ ትነብሩ’ውን፣ ርኸቡና። ግቡእ ኣገልግሎት ንኽትረኽቡ ክንሕግዘኩም ኢና።
who-not-heading = ንሕና ግቡእ ኣገልግሎት ዘይንኸውነሉ እዋን
who-not-text = ምስ ጎረቤትኩም ጸገም እንተ ሃልዩኩም፣ ገበን ግን እንተ ዘይተፈጸመ፣ ምምሕዳር ከተማኹም (council) ወይ ወናኒ ገዛኹም ክፈትሖ ክሕግዘኩም ይኽእል። መን ከም እትሓቱ ክንነግረኩም ንኽእል ኢና።

## Is it safe?

safe-title = ውሑስ ድዩ?
safe-intro = ኣብ ነፍሲ ወከፍ ስጉምቲ ድሕንነትኩም ቀዳምነት እዩ። ድሕንነትኩም ብኸመይ ከም እንሕሉ እዚ ዝስዕብ እዩ።
safe-choice-heading = ምርጫኹም እዩ
safe-choice-text = ምስታፍ ናትኩም ውሳነ እዩ። ዝኾነ ሰብ ከገድደኩም ኣይክእልን። ኣይፋል ክትብሉ፣ ወይ ኣብ ዝኾነ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም፣ ስለምንታይ ክትገልጹ ድማ ኣየድልየኩምን።
safe-check-heading = ቅድም ውሑስ ምዃኑ ነረጋግጽ
safe-check-text = ዝኾነ ሰብ ቅድሚ ምርኻቡ፣ ኣወሃሃዲ ጥንቁቕ ናይ ሓደጋ ገምጋም ይገብር። ምስ ነፍሲ ወከፍ ሰብ ይዛረብ። እንታይ ከም ዝተፈጸመን፣ ዝኾነ ሰብ ከም ብሓድሽ ክጉዳእ ዝኽእል እንተ ኾይኑን ይርኢ።
safe-staff-heading = ዝሰልጠኑ ሰራሕተኛታት
safe-staff-text = ኣወሃሃድትና ኣብ ናይ ምሕዋይ ፍትሒ ዝሰልጠኑ እዮም። ገለ ጉዳያት ተወሳኺ ስልጠና ዘለዎም ሰራሕተኛታት የድልዮም። እዚኦም ከቢድ ወይ ጾታዊ ዓመጽ፣ ዓመጽ ኣብ ገዛን ናይ ጽልኢ ገበንን የጠቓልሉ። ከምኡ’ውን ሓደ ሰብ ተቓላዒ ኣብ ዝኾነሉ፣ ከም ብሓድሽ ክጉዳእ ኣብ ዝኽእለሉ፣ ወይ እቲ ጉድኣት ንነዊሕ ግዜ ኣብ ዝቐጸለሉ ጉዳያት የጠቓልሉ።
safe-support-heading = ቅድሚኡ፣ ኣብ ግዜኡን ድሕሪኡን ዝወሃብ ደገፍ
safe-support-l1 = ቅድሚኡ፦ ኣወሃሃዲ ክትዳለዉ ይሕግዘኩም፣ ነፍሲ ወከፍ ስጉምቲ ድማ ምሳኹም ብሓባር ይውጥን።
safe-support-l2 = ኣብ ግዜኡ፦ ደጋፊ ሰብ ሒዝኩም ክትመጹ፣ ከተዕርፉ ወይ ደው ከተብሉ ትኽእሉ ኢኹም።
safe-support-l3 = ድሕሪኡ፦ ርክብ ንቕጽል፣ ምስ ካልእ ሓገዝ’ውን ከነራኽበኩም ንኽእል ኢና።
safe-not-heading = ምቕጻል ግቡእ እንተ ዘይኮይኑ
safe-not-text = ሓደ ሓደ ግዜ፣ ምቕጻል ውሑስ ወይ ግቡእ ከም ዘይኮነ ንውስን። ከምኡ እንተ ኾይኑ፣ ብሕያውነት ክንነግረኩም፣ ክሳብ እንኽእሎ ድማ ምኽንያቱ ክንገልጸልኩም ኢና። ካልእ ደገፍ ንኽትረኽቡ ክንሕግዘኩም ኢና።
safe-private-heading = ሓበሬታኹም ምስጢራዊ ኮይኑ ይጸንሕ
safe-private-text = ኣድራሻኹም ወይ ቁጽሪ ተሌፎንኩም ነቲ ካልእ ሰብ ፈጺምና ኣይንህብን። ዝኾነ ሰብ ኣብ ሓደጋ እንተ ዘይሃልዩ፣ ከነመሓላልፎ ዝፈቐድኩምልና ጥራይ ኢና እነመሓላልፍ።

## Myths and facts

myths-title = ጌጋ ሓሳባትን ሓቅታትን
myths-intro = ብዙሓት ሰባት ብዛዕባ ናይ ምሕዋይ ፍትሒ (restorative justice) ጌጋ ሓሳብ ኣለዎም። ገለ ልሙዳት ጌጋ ሓሳባትን እቲ ሓቅን እዚኦም እዮም።
myths-soft-q = ጌጋ ሓሳብ፦ ቀሊል መውጽኢ እዩ።
myths-soft-a = ሓቂ፦ ከምኡ ኣይኮነን። ምስቲ ዝጎድእዎ ሰብ ገጽ ንገጽ ምግጣም ከቢድ እዩ። ጉድኣት ካብ ዘውረዱ ሰባት ብዙሓት፣ ካብ ናብ ቤት ፍርዲ ምኻድ ንላዕሊ ከቢድ ኮይኑ ይረኽብዎ።
myths-forgive-q = ጌጋ ሓሳብ፦ ይቕረ ክትብሉ ግድን እዩ።
myths-forgive-a = ሓቂ፦ ንዝኾነ ሰብ ይቕረ ክትብሉ ግድን ኣይኮነን። ብሓቂ ዝስምዓኩም ብውሑስ መገዲ ክትገልጹ ትኽእሉ ኢኹም።
myths-court-q = ጌጋ ሓሳብ፦ ኣብ ክንዲ ጉዳይ ቤት ፍርዲ እዩ ዝካየድ።
myths-court-a = ሓቂ፦ ምስ ፖሊስን ቤት ፍርድን ጎኒ ንጎኒ እዩ ዝሰርሕ፣ ኣብ ክንዳኦም ኣይኮነን። ቅድሚ ጉዳይ ቤት ፍርዲ፣ ኣብ ግዜኡ ወይ ድሕሪኡ ክካየድ ይኽእል።
myths-minor-q = ጌጋ ሓሳብ፦ ንንኣሽቱ ገበናት ጥራይ እዩ።
myths-minor-a = ሓቂ፦ ድሕሪ ዝኾነ ገበን ክሕግዝ ይኽእል፣ ኣዝዮም ከቢድ ገበናት እውን እንተ ኾኑ። ንከቢድ ገበናት፣ ከምኡ’ውን ሓደ ሰብ ተቓላዒ ወይ ኣብ ሓደጋ ኣብ ዝኾነሉ እዋን፣ ተወሳኺ ስልጠና ዘለዎም ሰራሕተኛታት ንምድብ፣ ተወሳኺ ጥንቃቐ ድማ ንገብር።
myths-meet-q = ጌጋ ሓሳብ፦ ገጽ ንገጽ ክትራኸቡ ግድን እዩ።
myths-meet-a = ሓቂ፦ ግድን ኣይኮነን። ኣብ ክንዳኡ መልእኽቲ፣ ደብዳቤ ወይ ዝተቐድሐ መልእኽቲ ክትሰዱ ትኽእሉ ኢኹም።
myths-offender-q = ጌጋ ሓሳብ፦ ብቐንዱ ነቲ ዝፈጸሞ ሰብ ንምሕጋዝ እዩ።
myths-offender-a = ሓቂ፦ ብቐንዱ ነቲ ዝተጎድአ ሰብ እዩ። ብናቶም ቅልጣፈ እዩ ዝኸይድ፣ ንሳቶም እንተ ደለዩ ጥራይ ድማ እዩ ዝቕጽል።
myths-late-q = ጌጋ ሓሳብ፦ እቲ ገበን ቅድሚ ነዊሕ ግዜ እንተ ተፈጺሙ፣ ግዜኡ ሓሊፉ እዩ።
myths-late-a = ሓቂ፦ ደረት ግዜ የብሉን። ገለ ሰባት ድሕሪ እቲ ገበን ብዙሕ ዓመታት ጸኒሖም ይሳተፉ።
myths-cost-q = ጌጋ ሓሳብ፦ ክትከፍሉ ኣለኩም።
myths-cost-a = ሓቂ፦ ብነጻ እዩ።

## If you caused harm

harm-title = ጉድኣት እንተ ኣውሪድኩም
harm-intro = ብገበን ንሓደ ሰብ እንተ ጎዲእኩም፣ ናይ ምሕዋይ ፍትሒ (restorative justice) ንዝገበርኩምዎ ክትገጥሙን ነቲ ጉድኣት ከተዐርዩ ክትፍትኑን ክሕግዘኩም ይኽእል።
harm-what-heading = እንታይ ክህበኩም ይኽእል
harm-what-text = ተግባራትኩም ነቲ ካልእ ሰብ ብኸመይ ከም ዝጸለዎ ክትሰምዑ ትኽእሉ ኢኹም። ሕቶታቱ ክትምልሱ፣ ካብ ልብኹም እንተ ኾይኑ ድማ ይቕረታ ክትሓቱ ትኽእሉ ኢኹም። ብዙሓት ሰባት፣ እዚ ንቕድሚት ክኸዱን ካብ ጸገም ክርሕቑን ከም ዝሓገዞም ይገልጹ።
harm-expect-heading = እንታይ ክትጽበዩ
harm-expect-l1 = ክትዳለዉ ንምሕጋዝ፣ ኣወሃሃዲ ቅድም ምሳኹም ይራኸብ፣ ምናልባት ሒደት ግዜ።
harm-expect-l2 = እቲ ዝገበርኩምዎ ጌጋ ምዃኑ ከም እትቕበሉ የረጋግጽ። ኩሉ ቅኑዕ ቃላት ክህልወኩም ኣየድልን።
harm-expect-l3 = እቲ ካልእ ሰብ እንተ ተሰማሚዑ፣ ክትራኸብዎ፣ ክትጽሕፉሉ፣ ወይ መልእኽቲ ክትለዋወጡ ትኽእሉ ኢኹም።
harm-expect-l4 = ደጋፊ ሰብ ሒዝኩም ክትመጹ ትኽእሉ ኢኹም። ኣብ ዝኾነ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም።
harm-limits-heading = ተስፋ ክንህበሉ ዘይንኽእል ነገራት
harm-limits-l1 = ዝፈኰሰ ፍርዲ ንምርካብ ዝሕግዝ መገዲ ኣይኮነን። ቅድሚ ፍርዲ ክካየድ ይኽእል፣ ቤት ፍርዲ’ውን ክሳብ ዝካየድ ክጽበ ይኽእል። ግን ብዛዕባ ቤት ፍርዲ፣ ቤት ማእሰርቲ ወይ ፕሮቤሽን (probation) ዝኾነ ቃል ክንኣቱ ኣይንኽእልን።
harm-limits-l2 = እቲ ካልእ ሰብ ኣይፋል ክብል ይኽእል። እዚ መሰሉ እዩ፣ ሓበሬታኡ’ውን ኣይንህበኩምን።
harm-limits-l3 = ቀንዲ ትኹረቱ እቲ ዝጎዳእኩምዎ ሰብ እዩ። ዝካየድ ንዕኡ ግቡእ እንተ ኾይኑ ጥራይ እዩ።
harm-limits-text = ኣይፋል እንተ ኢሉ፣ ብሕያውነት ክንነግረኩም ኢና። ካልእ እንታይ ክሕግዝ ከም ዝኽእል ምሳኹም ክንዘራረብ ንኽእል ኢና።
harm-start-heading = ብኸመይ ክትጅምሩ ትኽእሉ
harm-start-text = ባዕልኹም ርኸቡና፣ ወይ ሰራሕተኛ ፕሮቤሽን፣ ሰራሕተኛ መንእሰያት ወይ ሰራሕተኛታት ቤት ማእሰርቲ ናባና ክልእኩኹም ሕተትዎም። ቅድም ምሳኹም ብዝርዝር ክንዘራረብ ኢና።
harm-start-link = ጠለብ ጀምሩ

## For professionals

pro-title = ንሰብ ሞያ
pro-intro = እዚ ገጽ ንፖሊስ፣ ፕሮቤሽን (probation)፣ ኣገልግሎታት ግዳያት፣ Youth Offending Teams፣ ቤት ማእሰርትን፣ ንሓደ ሰብ ናባና ክልእኩ ንዝደልዩ ካልኦት ሰራሕተኛታትን እዩ።
pro-who-heading = መን ክልእኽ ይኽእል
pro-who-text = ዝኾነ ሰራሕተኛ፣ ብገበን ዝተጎድአ ሰብ ወይ ጉድኣት ዘውረደ ሰብ ናባና ክልእኽ ይኽእል። እዚ ፖሊስ፣ ፕሮቤሽን፣ ክንክን ግዳያት፣ Youth Offending Teams፣ ጉጅለታት ድሕንነት ማሕበረሰብ፣ ቤት ማእሰርቲ፣ ጥዕና፣ ኣባይትን ግብረ-ሰናይ ማሕበራትን የጠቓልል።
pro-consent-heading = ቅድም ሕተቱ
pro-consent-text = ቅድም ነቲ ሰብ ሕተትዎም። ናይ ምሕዋይ ፍትሒ እንታይ ምዃኑ፣ ንሕና ድማ ክንረኽቦም ምዃንና ንገርዎም። ፖሊስ እንተ ኾንኩም፣ ገና እንተ ዘይሓተትኩምዎም’ውን፣ ናባና ክትልእኽዎም ትኽእሉ ኢኹም። ነቲ ቅጥዒ ተጠቐሙ፣ ወይ ናብ { $phone } ደውሉልና። ቅድም ንሕና ነቲ ሰብ ረኺብና፣ ሓገዝና ይደልዩ እንተ ኾይኖም ክንሓቶም ኢና።
pro-how-heading = ብኸመይ ትልእኩ
pro-how-text = ህዝቢ ዝጥቀመሉ ሓደ ዓይነት ናይ ኢንተርነት ቅጥዒ ተጠቐሙ። ኣብ መጀመርታ፣ ንካልእ ሰብ ንምልኣኽ ዝብል ምርጫ ምረጹ። ከምኡ’ውን ናብ { $phone } ክትድውሉ ወይ ናብ { $email } ኢመይል ክትሰዱ ትኽእሉ ኢኹም።
pro-how-link = ሰብ ናባና ልኣኹ
pro-info-heading = እንታይ ይሕግዘና
pro-info-l1 = ነቲ ሰብ ብኸመይን መዓስን ብውሑስ ክንረኽቦ ከም እንኽእል።
pro-info-l2 = ዝኾነ ናይ ቋንቋ፣ ተርጓሚ ወይ ፍሉይ ሓገዝ ድሌታት።
pro-info-l3 = እንታይ ከም ዝተፈጸመ፣ ቁጽሪ መወከሲ ገበን እንተ ሃልዩ ድማ ንሱ።
pro-info-l4 = እቲ ጉዳይ ሕጂ ኣበይ በጺሑ ከም ዘሎ፦ ንኣብነት፣ ቤት ፍርዲ ይጽበ ኣሎ፣ ወይ ድሕሪ ፍርዲ እዩ።
pro-info-l5 = ክንፈልጦ ዘለና ዝኾነ ሓደጋ፣ ንኣብነት ዓመጽ ኣብ ገዛ ወይ ምፍርራሕ።
pro-info-l6 = እንተ ትፈልጥዎ፣ ሓበሬታ ብዛዕባ እቲ ካልእ ሰብ።
pro-after-heading = ድሕሪኡ እንታይ ንነግረኩም
pro-after-text = ምስቲ ሰብ ምስ ተራኸብና ክንነግረኩም ኢና፣ እቲ ጉዳይ ከመይ ይኸይድ ከም ዘሎ’ውን። ሰባት ብምስጢር ዝነገሩና ኣይነካፍልን፣ ንሳቶም እንተ ዘይተሰማሚዖም ወይ ዝኾነ ሰብ ኣብ ሓደጋ እንተ ዘይሃልዩ።
pro-young-heading = ጉድኣት ዘውረዱ መንእሰያት
pro-young-text = እቲ ጉድኣት ዘውረደ ሰብ ትሕቲ 18 ዓመት እንተ ኾይኑ፣ ቅድም ምስ ናይ ከባቢ Youth Offending Team ንዛረብ። መብዛሕትኡ ግዜ ንሳቶም እዮም ንመንእሰያት ናይ ምሕዋይ ፍትሒ ዘካይዱ።
pro-leaflet-heading = በራሪ ወረቐት
pro-leaflet-text = ሓደ ገጽ ዘለዎ በራሪ ወረቐትና ብነፍሲ ወከፍ ቋንቋታትና ሓቲምኩም ክትዕድልዎ ወይ ኣብ መንደቕ ክትልጥፍዎ ትኽእሉ ኢኹም።

## What the evidence says

evidence-title = መጽናዕቲ እንታይ ይብል
evidence-intro = ናይ ምሕዋይ ፍትሒ (restorative justice) ኣብ England ከምኡ’ውን Wales ብጥንቃቐ ተጸኒዑ እዩ። እቲ መጽናዕቲ ዝረኸቦ እዚ እዩ።
evidence-satisfied-heading = መብዛሕትኦም ግዳያት ብምስታፎም ሕጉሳት እዮም
evidence-satisfied-text = ንሚኒስትሪ ፍትሒ (Ministry of Justice) ዝተገብረ መጽናዕቲ፣ ነቶም ኣብ ርክብ (“ዋዕላ” ዝበሃል) ምስቲ ዝጎድኦም ሰብ ዝተራኸቡ ግዳያት ሓቲቱ። 85% ዕጉባት ምዃኖም ገሊጾም።
evidence-crime-heading = ድሕሪኡ ዝወሓደ ገበን
evidence-crime-text = እቲ ሓደ መጽናዕቲ፣ እቶም ጉድኣት ዘውረዱን ዝተሳተፉን ሰባት፣ ድሕሪኡ ካብቶም ዘይተሳተፉ ተመሳሰልቶም ብ14% ዝኣክል ዝወሓደ ገበን ከም ዝፈጸሙ ረኺቡ።
evidence-aware-heading = ዝፈልጦ ሰብ ውሑድ እዩ
evidence-aware-text = ብ2016፣ ኣብ ሓደ መጽናዕቲ ካብ ዝተሓተቱ ሰባት 28% ጥራይ ብዛዕባ ናይ ምሕዋይ ፍትሒ ሰሚዖም ነይሮም። መብዛሕትኦም ዝተሓተቱ ሰባት፣ ግዳያት ምስቲ ዝጎድኦም ሰብ ናይ ምርኻብ መሰል ክህልዎም ኣለዎ ኢሎም።
evidence-limits = መጽናዕቲ ብማእከላይ እንታይ ከም ዝኸውን እዩ ዘርኢ። ንዓኹም እንታይ ከም ዝኸውን ክነግረኩም ኣይክእልን።
evidence-sources-heading = እዞም ቁጽርታት ካበይ መጺኦም
evidence-src-1 = Joanna Shapland ከምኡ’ውን ካልኦት፦ ብዛዕባ ሰለስተ መደባት ናይ ምሕዋይ ፍትሒ፣ ንሚኒስትሪ ፍትሒ (Ministry of Justice) ዝተገብረ መጽናዕቲ (2007 ከምኡ’ውን 2008)።
evidence-src-2 = West Midlands Police and Crime Commissioner፣ መግለጺ ውሳነ ቁጽሪ 009/2015፣ ነዞም ተመሳሰልቲ ቁጽርታት ዝጥቀም።
evidence-src-3 = ብ Ipsos MORI ዝተገብረ መጽናዕቲ፣ ንጥቕሚ Restorative Justice Council (2016)።

## Other support

support-title = ካልእ ደገፍ
support-intro = ካልኦት ኣገልግሎታት’ውን ክሕግዙኹም ይኽእሉ። ኣብ ናይ ምሕዋይ ፍትሒ (restorative justice) ምስታፍ፣ ነዞም ኣገልግሎታት ከይትጥቀሙ ፈጺሙ ኣይዓግተኩምን።
support-police-heading = ፖሊስ
support-police-999 = ህጹጽ ኩነታት እንተ ኣጋጢሙ፣ ናብ 999 ደውሉ።
support-police-55 = ክትዛረቡ እንተ ዘይክኢልኩም፣ ካብ ሞባይል ናብ 999 ደውሉ፣ ምስ ተሓተትኩም ድማ 55 ጠውቑ። እዚ “Silent Solution” (ብዘይ ምዝራብ ሓገዝ ምሕታት) ይበሃል።
support-police-101 = ህጹጽ ዘይኮነ ገበን ንምሕባር፣ ናብ 101 ደውሉ።
support-victims-heading = ሓገዝ ንግዳያት
support-vs-text = Victim Support (ግብረ-ሰናይ ማሕበር) ንዝኾነ ብገበን ዝተጸልወ ሰብ ብነጻ ይሕግዝ፣ ንፖሊስ እንተ ዘይተሓበረ’ውን። ብነጻ ናብ 08 08 16 89 111 ደውሉሎም።
support-abuse-heading = ዓመጽ ኣብ ገዛን ጾታዊ ዓመጽን
support-da-text = National Domestic Abuse Helpline (ሃገራዊ መስመር ሓገዝ ንዓመጽ ኣብ ገዛ) ብነጻ እዩ፣ ለይትን ቀትርን ድማ ክፉት እዩ፦ 0808 2000 247።
support-rc-text = Rape Crisis ንዝተዓመጹ ወይ ጾታዊ ግፍዒ ዝወረዶም ሰባት ይሕግዝ፣ ቅድሚ ክንደይ ግዜ ይኹን። ኣብ ወብሳይቶም ናይ ምርኻብ መገድታት ተዘርዚሩ ኣሎ።
support-feelings-heading = ሕማቕ እንተ ተሰሚዑኩም ወይ ክትዛረቡ እንተ ደሊኹም
support-sam-text = Samaritans ኣብ ዝኾነ ሰዓት፣ ለይቲ ይኹን ቀትሪ፣ ክሰምዑኹም ድሉዋት እዮም። ብነጻ ናብ 116 123 ደውሉሎም።
support-young-heading = መንእሰያት
support-yot-text = ነፍሲ ወከፍ ምምሕዳር ከተማ (council) Youth Offending Team ኣለዎ። እዚ ጉጅለ ምስ ሕጊ ጸገም ዘጋጠሞም ትሕቲ 18 ዓመት ዝዕድሚኦም መንእሰያት ይሰርሕ፣ መብዛሕትኡ ግዜ ድማ ናይ ምሕዋይ ፍትሒ የካይደሎም። ምምሕዳር ከተማኹም ምስኦም ከራኽበኩም ይኽእል።
support-elsewhere-heading = ካብ West Midlands ወጻኢ እንተ ትነብሩ
support-elsewhere-text = ኣብ መላእ England ከምኡ’ውን Wales ኣገልግሎታት ናይ ምሕዋይ ፍትሒ ኣለዉ። Restorative Justice Council ይዝርዝሮም። ናይ ከባቢኹም Police and Crime Commissioner (ብህዝቢ ዝተመርጸ፣ ንስራሕ ፖሊስ ዝቆጻጸር ሰብ) እውን ኣብ ቀረባኹም መን ከም ዘካይዶ ክነግረኩም ይኽእል።
support-links-heading = ወብሳይታት
# same-as-en: a proper name
support-link-vs = Victim Support
# same-as-en: a proper name
support-link-da = National Domestic Abuse Helpline
# same-as-en: a proper name
support-link-rc = Rape Crisis England and Wales
# same-as-en: a proper name
support-link-sam = Samaritans
# same-as-en: a proper name
support-link-rjc = Restorative Justice Council

## Staying safe online

online-title = ኣብ ኢንተርነት ድሕንነትኩም ምሕላው
online-intro = ዝኾነ ሰብ ተሌፎንኩም ወይ ኮምፒተርኩም እንተ ፈቲሹ፣ ነዚ ወብሳይት ከም ዝበጻሕኩምዎ ክርኢ ይኽእል። ርእስኹም ንምሕላው ዝሕግዙ መገድታት እዚኦም እዮም።
online-exit-heading = እቲ መውጽኢ መልጎም እንታይ ይገብር
online-exit-does = እቲ “{ quick-exit }” ዝብል መልጎም ብቐጥታ ናብ ወብሳይት ኩነታት ኣየር ይወስደኩም። Shift 3 ግዜ ክትጥውቑ’ውን ትኽእሉ ኢኹም። ኣብ ቅጥዕና ዝጀመርኩምዎ መልስታት ይድምስስ፣ ነቲ ኩኪና’ውን የጥፍኦ።
online-exit-doesnt = ታሪኽ ብራውዘርኩም (history) ኣይድምስስን። ዝኾነ ሰብ ኣብዚ ከም ዝመጻእኩም ክርኢ ይኽእል እዩ። ስለዚ በጃኹም ኣብ ታሕቲ ዘለዉ ምኽርታት ኣንብቡ።
online-private-heading = ብሕታዊ መስኮት (private browsing) ተጠቐሙ
online-private-text = ኣብ ብሕታዊ መስኮት፣ ብራውዘርኩም ዝበጻሕኩምዎም ገጻት ኣይምዝግብን። ናባና ቅድሚ ምምጻእኩም ሓደ ክፈቱ፦
online-private-chrome = Chrome፦ ሜኑ ክፈቱ፣ ድሕሪኡ “New Incognito window” ምረጹ።
online-private-edge = Edge፦ ሜኑ ክፈቱ፣ ድሕሪኡ “New InPrivate window” ምረጹ።
online-private-firefox = Firefox፦ ሜኑ ክፈቱ፣ ድሕሪኡ “New private window” ምረጹ።
online-private-safari = Safari፦ ሜኑ “File” ክፈቱ፣ ድሕሪኡ “New Private Window” ምረጹ።
online-history-heading = ታሪኽ ብራውዘር ደምስሱ
online-history-text = ብሕታዊ መስኮት እንተ ዘይተጠቐምኩም፣ ነዚ ወብሳይት ካብ ታሪኽ ብራውዘርኩም ክትድምስስዎ ትኽእሉ ኢኹም።
online-history-windows = ኣብ ኮምፒተር Windows፣ ኣብ Chrome፣ Edge ወይ Firefox፦ Ctrl፣ Shift ከምኡ’ውን Delete ብሓንሳብ ጠውቑ። ድሕሪኡ እንታይ ከም እትድምስሱ ምረጹ።
online-history-mac = ኣብ Mac፣ ኣብ Safari፦ ሜኑ “History” ክፈቱ፣ ድሕሪኡ “Clear History” ምረጹ።
online-history-iphone = ኣብ iPhone፦ “Settings” ክፈቱ፣ ድሕሪኡ “Safari”፣ ድሕሪኡ “Clear History and Website Data” ጠውቑ።
online-history-android = ኣብ Android ተሌፎን፣ ኣብ Chrome፦ ነተን ሰለስተ ነጥብታት ጠውቑ፣ ድሕሪኡ “History”፣ ድሕሪኡ “Delete browsing data”።
online-history-care = ኩሉ ታሪኽኩም እንተ ደምሰስኩም፣ ዝፍትሽ ሰብ ከስተውዕሎ ይኽእል። ናይዚ ወብሳይት ገጻት ጥራይ ክትድምስሱ ትደልዩ ትኾኑ ኢኹም።
online-device-heading = ዝያዳ ውሑስ መሳርሒ ተጠቐሙ
online-device-text = እቲ ዝበለጸ ውሑስ መገዲ፣ እቲ ካልእ ሰብ ክበጽሖ ዘይክእል ተሌፎን ወይ ኮምፒተር ምጥቃም እዩ። ንኣብነት፣ ተሌፎን ዓርኪ፣ ኣብ ስራሕ ዘሎ ኮምፒተር፣ ወይ ኣብ ቤት ንባብ ዘሎ ኮምፒተር።
online-other-heading = ካልኦት ክትፍትሽዎም ዘለኩም ነገራት
online-other-l1 = ኢመይልን ጽሑፍ መልእኽትን፦ ካባና ዝመጹ፣ ክረኣዩ ዘይትደልይዎም መልእኽትታት ደምስስዎም። ድሕሪኡ ነቲ ዝተደምሰሱ ዝእከብሉ ቦታ (deleted items) ኣጽርይዎ።
online-other-l2 = ዝተኻፈሉ ኣካውንትታት፦ ናይ Google፣ Apple ወይ Microsoft ኣካውንት ምስ ካልእ ሰብ እንተ ትካፈሉ፣ ታሪኽኩም ኣብ ካልኦት መሳርሒታት ክርአ ይኽእል።
online-other-l3 = ጻውዒት ተሌፎን፦ ቁጽሪ ተሌፎንና ኣብ ዝርዝር ጻውዒታትኩም ክርአ ይኽእል። ክትድምስስዎ ትኽእሉ ኢኹም።
online-other-l4 = ዝኾነ ሰብ ኣብ ተሌፎንኩም ናይ ስለያ ሶፍትዌር ኣእትዩ ኢልኩም እንተ ሓሲብኩም፣ ንዓና ወይ ንፖሊስ ንምርካብ ካልእ ተሌፎን ተጠቐሙ።

## Questions people ask

faq-title = ሰባት ዝሓትዎም ሕቶታት
faq-intro = ንልሙዳት ሕቶታት ሓጸርቲ መልስታት። መብዛሕትኦም ዝያዳ ዝርዝር ናብ ዘለዎ ገጽ ይመርሑ።
faq-what-q = ናይ ምሕዋይ ፍትሒ እንታይ እዩ?
faq-what-a = ብገበን ዝተጎድኡ ሰባት፣ ብሓገዝ ዝሰልጠነ መራሒ፣ ምስቲ ጉድኣት ዘውረደ ሰብ ዝዛረቡሉ ውሑስ መገዲ እዩ።
faq-cost-q = ክፍሊት ኣለዎ ድዩ?
faq-cost-a = የብሉን። ብነጻ እዩ።
faq-police-q = ንፖሊስ ነጊረ ክኸውን ኣለኒ ድዩ?
faq-police-a = ኣየድልን። እቲ ገበን ንፖሊስ ተሓቢሩ ይኹን ኣይኹን፣ ናባና ክትመጹ ትኽእሉ ኢኹም።
faq-meet-q = ምስቲ ዝጎድኣኒ ሰብ ክራኸብ ግድን ድዩ?
faq-meet-a = ግድን ኣይኮነን። ኣብ ክንዳኡ መልእኽቲ፣ ደብዳቤ ወይ ዝተቐድሐ መልእኽቲ ክትሰዱ ትኽእሉ ኢኹም። ወይ ድማ ፈጺምኩም ከይትቕጽሉ ክትውስኑ ትኽእሉ ኢኹም።
faq-stop-q = ሓሳበይ ክቕይር እኽእል ድየ?
faq-stop-a = እወ፣ ኣብ ዝኾነ ግዜ፣ ኣብታ መዓልቲ እውን እንተ ኾነ። ምኽንያት ክትህቡ ኣየድልየኩምን።
faq-safe-q = ድሕንነተይ ብኸመይ ትሕልዉ?
faq-safe-a = ዝኾነ ነገር ቅድሚ ምቕጻሉ፣ ዝሰልጠነ ኣወሃሃዲ ውሑስ ምዃኑ የረጋግጽ። ውሑስ እንተ ዘይኮይኑ፣ ኣይካየድን።
faq-long-q = ክንደይ ግዜ ይወስድ?
faq-long-a = ኣብ ውሽጢ 5 መዓልታት ስራሕ ንረኽበኩም። ምድላው መብዛሕትኡ ግዜ ውሑዳት ሰሙናት ይወስድ። ካብኡ ንላዕሊ ክወስድ ይኽእል፣ ብናትኩም ቅልጣፈ ድማ ንኸይድ።
faq-old-q = እቲ ገበን ቅድሚ ብዙሕ ዓመታት እዩ ተፈጺሙ። ሕጂ’ውን ክሳተፍ እኽእል ድየ?
faq-old-a = እወ። ደረት ግዜ የብሉን።
faq-forgive-q = ይቕረ ክብል ግድን ድዩ?
faq-forgive-a = ግድን ኣይኮነን። ብሓቂ ዝስምዓኩም ክትገልጹ ትኽእሉ ኢኹም።
faq-sentence-q = ንፍርዲ ክቕይሮ ድዩ?
faq-sentence-a = ዝፈኰሰ ፍርዲ ንምርካብ ዝሕግዝ መገዲ ኣይኮነን። ቤት ፍርዲ፣ ናይ ምሕዋይ ፍትሒ ቅድም ምእንቲ ክካየድ፣ ፍርዲ ንምሃብ ክጽበ ይኽእል። ግን ኣብ ክንዲ ቤት ፍርዲ ኣይኮነን፣ ብዛዕባ ፍርዲ’ውን ዝኾነ ቃል ክንኣቱ ኣይንኽእልን።
faq-language-q = ተርጓሚ ክረክብ እኽእል ድየ?
faq-language-a = እወ። ኣብ ነፍሲ ወከፍ ስጉምቲ ብነጻ ተርጓሚ ከነዳልወልኩም ንኽእል ኢና፣ ንቋንቋ ምልክት ብሪጣንያ (British Sign Language) እውን።
faq-refer-q = ንካልእ ሰብ ከመልክተሉ እኽእል ድየ?
faq-refer-a = እወ፣ እንተ ተሰማሚዖም። ከም ፖሊስን ፕሮቤሽንን ዝኣመሰሉ ሰራሕተኛታት’ውን ነዚ ሓደ ቅጥዒ ይጥቀሙ።
faq-work-q = ይሰርሕ ድዩ?
faq-work-a = ንሚኒስትሪ ፍትሒ (Ministry of Justice) ኣብ ዝተገብረ መጽናዕቲ፣ ካብቶም ኣብ ርክብ (“ዋዕላ” ዝበሃል) ምስቲ ካልእ ሰብ ዝተራኸቡ ግዳያት 85% ዕጉባት ነይሮም።
faq-data-q = ብሓበሬታይ እንታይ ትገብሩ?
faq-data-a = ነዚ ኣገልግሎት ንኽንህበኩም ጥራይ ኢና እንጥቀመሉ። ብጥንቃቐ ንሕልዎ፣ ብዘይ ብቑዕ ምኽንያት ድማ ንኻልእ ኣይነካፍሎን።
faq-online-q = ዝኾነ ሰብ ነዚ ወብሳይት ከም ዝበጻሕክዎ ክፈልጥ ይኽእል ድዩ?
faq-online-a = ምናልባት ይኽእል። እቲ “ኣብ ኢንተርነት ድሕንነትኩም ምሕላው” ዝብል ገጽና፣ ምብጻሕኩም ብኸመይ ክትሓብእዎ ከም እትኽእሉ ይነግረኩም።
faq-help-q = ካልእ ኣበይ ሓገዝ ክረክብ እኽእል?
faq-help-a = ብዙሓት ካልኦት ኣገልግሎታት ክሕግዙ ይኽእሉ። ኣብዚ ምስታፍኩም ድማ ነዞም ኣገልግሎታት ከይትጥቀሙ ፈጺሙ ኣይዓግተኩምን።

## Privacy notice

privacy-title = ምልክታ ብሕትውና
privacy-intro = እዚ ምልክታ፣ ብውልቃዊ ሓበሬታኹም እንታይ ከም እንገብርን እንታይ መሰላት ከም ዘለኩምን ይነግረኩም። ንሓበሬታኹም ዝሕሉ ሕጊ፣ UK GDPR ከምኡ’ውን Data Protection Act 2018 (ናይ ዓባይ ብሪጣንያ ሕግታት ሓለዋ ሓበሬታ) እዩ።
privacy-who-heading = ንሓበሬታኹም ሓላፊ መን እዩ
privacy-who-text = { $controller } ንሓበሬታኹም ሓላፊ እዩ። ሕጊ እዚ “ተቖጻጻሪ ሓበሬታ” (data controller) ይብሎ። እዚ ማለት፣ ሓበሬታኹም ብኸመይ ከም ዝጥቀሙሉ ዝውስኑ ንሳቶም እዮም፣ ብጥንቃቐ ክሕልውዎ ድማ ኣለዎም። ኣድራሻኦም { $address } እዩ።
privacy-ico-text = ኣብቲ Information Commissioner's Office (ICO፣ ናይ ዓባይ ብሪጣንያ ተቖጻጻሪ ሓለዋ ሓበሬታ) ዝሕዞ ዝርዝር፣ ቁጽሮም { $ico } እዩ።
privacy-contact-text = ብዛዕባ ሓበሬታኹም ክትሓቱ፣ ናብ { $email } ኢመይል ስደዱ ወይ ናብ { $phone } ደውሉ።
privacy-collect-heading = እንታይ ንእክብ
privacy-collect-l1 = ስምኩም፣ ከምኡ’ውን ብውሑስ ብኸመይ ክንረኽበኩም ከም እንኽእል።
privacy-collect-l2 = እንታይ ከም ዝተፈጸመ፣ ጉዳይ ቤት ፍርዲ እንተ ሃልዩ ድማ ኣበይ በጺሑ ከም ዘሎ።
privacy-collect-l3 = ሓበሬታ ብዛዕባ እቲ ካልእ ሰብ፣ እንተ ሂብኩምና።
privacy-collect-l4 = ካባና እንታይ ከም ዘድልየኩም፣ ንኣብነት ተርጓሚ ወይ ንምንቅስቓስ ሓገዝ።
privacy-collect-l5 = ምሳኹም ዝገበርናዮም ጻውዒታትን ርክባትን ዝምልከት መዘኻኸሪ።
privacy-special-text = ገለ ካብዚ ሓበሬታ ፍሉይ ምስጢራዊ እዩ። ብዛዕባ ጥዕናኹም፣ ዓሌትኩም፣ እምነትኩም፣ ጾታዊ ህይወትኩም ወይ ገበን ክኸውን ይኽእል። ሕጊ እዚ “ፍሉይ ዓይነት ሓበሬታ” ከምኡ’ውን “ሓበሬታ ገበን” ይብሎ። ብተወሳኺ ጥንቃቐ ንሕዞ።
privacy-why-heading = ስለምንታይ ንጥቀመሉ
privacy-why-text = ሓበሬታኹም፣ ናይ ምሕዋይ ፍትሒ (restorative justice) ንኽንህበኩም ጥራይ ኢና እንጥቀመሉ። ማለት፣ ክንረኽበኩም፣ ውሑስ ምዃኑ ከነረጋግጽ፣ ርክብ ወይ መልእኽቲ ከነዳሉ፣ ድሕሪኡ ድማ ርክብ ክንቅጽል። ብዛዕባ ስራሕና ጸብጻብ ንምቕራብ’ውን፣ ስማት ኣልጊስና ጉዳያትና ንቖጽር።
privacy-basis-heading = ሕጋዊ ምኽንያታትና
privacy-basis-text = ሕጊ፣ ሓበሬታኹም ንምጥቃም ብቑዕ ሕጋዊ ምኽንያት ክህልወና ኣለዎ ይብል። ሕጊ እዚ “ሕጋዊ መሰረት” ይብሎ። ናትና እዚኦም እዮም፦
privacy-basis-l1 = ህዝባዊ ዕማም፦ ነዚ ኣገልግሎት ንህዝቢ ኢና እነካይዶ፣ ብህዝባዊ ገንዘብ ድማ ይኽፈል።
privacy-basis-l2 = ንፍሉይ ምስጢራዊ ሓበሬታ፦ ንጹር ፍቓድኩም፣ ወይ ሓያል ህዝባዊ ምኽንያት፣ ንኣብነት ድሕንነት ሰባት ምሕላው።
privacy-basis-l3 = ወሳኒ ረብሓታት፦ ህይወት ሓደ ሰብ ኣብ ሓደጋ እንተ ሃልያ ጥራይ።
privacy-share-heading = ምስ መን ንካፈሎ
privacy-share-text = ሓበሬታኹም ፈጺምና ኣይንሸጦን። ንካፈሎ ኣብዞም ዝስዕቡ ጥራይ እዩ፦
privacy-share-l1 = ምስቲ ኣብ ጉዳይኩም ዘሎ ካልእ ሰብ፣ ግን ከነመሓላልፎ ዝፈቐድኩምልና ጥራይ።
privacy-share-l2 = ምስ ኣገልግሎት ደገፍ፣ እንተ ሓቲትኩምና።
privacy-share-l3 = ምስ ፖሊስ ወይ ካልኦት፣ ዝኾነ ሰብ ኣብ ሓደጋ እንተ ሃልዩ፣ ወይ ቆልዓ ወይ ዓቢ ሰብ ሓለዋ እንተ ኣድልይዎ።
privacy-share-l4 = ምስቲ ናባና ዝለኣኸኩም ሰብ ወይ ትካል። እቲ ነገር ከመይ ይኸይድ ከም ዘሎ ንነግሮም፣ ዝበልኩምዎ ግን ኣይንነግሮምን።
privacy-share-l5 = ምስቶም ናይ ኮምፒተር ስርዓትና ዘካይዱ ትካላት። ንሳቶም ሓበሬታኹም ብጥንቃቐ ክሕልውዎ፣ ከም ዝበልናዮም ጥራይ ድማ ክጥቀሙሉ ኣለዎም።
privacy-keep-heading = ክንደይ ግዜ ንሕዞ
privacy-keep-text = ቅጥዕና ጀሚርኩም እንተ ዘይወዲእኩምዎ፣ መልስታትኩም ኣብ ውሽጢ ሒደት ሰዓታት ንድምስሶ። መዘኻኸሪ ጉዳይ ክሳብ ዘድልየና ጥራይ ንሕዞ፣ ድሕሪኡ ብውሑስ መገዲ ንድምስሶ። ክንደይ ግዜ ምዃኑ ክትፈልጡ እንተ ደሊኹም፣ ሕተቱና።
privacy-rights-heading = መሰላትኩም
privacy-rights-l1 = ብዛዕባኹም ዝሓዝናዮ ሓበሬታ ክትርእዩ ክትሓቱ ትኽእሉ ኢኹም።
privacy-rights-l2 = ጌጋ ዝኾነ ሓበሬታ ክነርም ክትሓቱና ትኽእሉ ኢኹም።
privacy-rights-l3 = ሓበሬታኹም ክንድምስስ ክትሓቱና ትኽእሉ ኢኹም። ሓደ ሓደ ግዜ ክንሕዞ ይግባእ፣ ምኽንያቱ ድማ ክንነግረኩም ኢና።
privacy-rights-l4 = ሓበሬታኹም ምጥቃም ደው ከነብል፣ ወይ ውሑድ ክንጥቀመሉ ክትሓቱና ትኽእሉ ኢኹም።
privacy-rights-l5 = ፍቓድኩም ኣብ ዝኾነ ግዜ ክትስሕቡ ትኽእሉ ኢኹም።
privacy-rights-text = ዝኾነ ካብዞም መሰላት ክትጥቀሙ፣ ርኸቡና። ብነጻ እዩ። ኣብ ውሽጢ ሓደ ወርሒ ክንምልሰልኩም ኢና።
privacy-complain-heading = ብኸመይ ቅሬታ ተቕርቡ
privacy-complain-text = ሓበሬታኹም ብእንጥቀመሉ ኣገባብ እንተ ዘይዓገብኩም፣ በጃኹም ቅድም ንገሩና። ናብ ICO እውን ቅሬታ ከተቕርቡ ትኽእሉ ኢኹም። ቁጽሪ መስመር ሓገዞም 0303 123 1113 እዩ።
privacy-ico-link = ናብ ICO ቅሬታ ኣቕርቡ

## Cookies

cookies-title = ኩኪታት
cookies-intro = ኩኪታት፣ ሓደ ወብሳይት ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ዘቐምጦም ንኣሽቱ ፋይላት እዮም። ክሳብ እንኽእሎ ውሑዳት ኢና እንጥቀም።
cookies-reading-heading = ገጻትና ጥራይ እንተ ኣንቢብኩም
cookies-reading-text = ዝኾነ ኩኪ ኣብ መሳርሒኹም ኣይነቐምጥን።
cookies-form-heading = ቅጥዕና እንተ ጀሚርኩም
cookies-form-text = ሓደ ኩኪ ነቐምጥ፣ እቲ ቅጥዒ ካብ ገጽ ናብ ገጽ ክትከዱ ከለኹም መልስታትኩም ክዝክር ምእንቲ። ብዘይኡ እቲ ቅጥዒ ክሰርሕ ኣይክእልን፣ ስለዚ ቅድም ኣይንሓትትን።
cookies-form-name = ስም፦ rj_session። ኣብ ውሑስ መራኸቢ (secure link) __Host-rj_session ይበሃል።
cookies-form-what = እንታይ ይሕዝ፦ ምስ መልስታትኩም ዘራኽበኩም ብዕድል ዝተፈጥረ ኮድ። ስምኩም ወይ መልስታትኩም ኣይሕዝን።
cookies-form-how-long = ክንደይ ይጸንሕ፦ ክሳብ ብራውዘርኩም እትዓጽዉ። ኣብ ወገንና ዘለዉ መልስታትኩም፣ ደው ምስ በልኩም ድሕሪ ሒደት ሰዓታት ይድምሰሱ።
cookies-none-heading = ክትትል የለን
cookies-none-text = በጻሕቲ ንምቑጻር ወይ ሪክላም ንምርኣይ ኩኪታት ኣይንጥቀምን። ዝኾነ ካልእ ትካል ብመንገዲ ወብሳይትና ኣብ መሳርሒኹም ኩኪ ኣየቐምጥን።
cookies-exit-text = እቲ “{ quick-exit }” ዝብል መልጎም ነቲ ኩኪና ብቕጽበት ይድምስሶ።

## Accessibility statement

access-title = መግለጺ ተበጻሕነት
access-intro = እዚ መግለጺ ብዛዕባ እዚ ወብሳይት እዩ። ክሳብ እንኽእሎ ብዙሓት ሰባት ክጥቀምሉ ክኽእሉ ንደሊ።
access-using-heading = ነዚ ወብሳይት ምጥቃም
access-using-text = ነዞም ዝስዕቡ ክትገብሩ ክትክእሉ ኣለኩም፦
access-using-l1 = ብናትኩም ምድላዋት ሕብርታትን ዓይነት ፊደላትን ምቕያር
access-using-l2 = ክሳብ 400% ኣጉሊሕኩም ኩሉ ጽሑፍ ምንባብ
access-using-l3 = ብኪቦርድ ጥራይ ንብምሉኡ ወብሳይት ምጥቃም
access-using-l4 = ከም NVDA፣ JAWS ወይ VoiceOver ዝኣመሰሉ ኣንበብቲ ስክሪን (screen reader) ምጥቃም
access-using-l5 = JavaScript ተዓጽዩ ከሎ ነቲ ወብሳይት ምጥቃም
access-using-l6 =
    ብ { $languages ->
        [one] { $languages } ቋንቋ
       *[other] { $languages } ቋንቋታት
    } ምንባብ፣ Easy Read English (ቀሊል ንምንባብ እንግሊዝኛ) ሓዊሱ
access-plain = ከምኡ’ውን ነቲ ጽሑፍ ክሳብ እንኽእሎ ቀሊል ንምንባብ ገይርናዮ ኣለና።
access-status-heading = እዚ ወብሳይት ነቲ ሕግታት ክሳብ ክንደይ የማልኦ
access-status-text = እቲ ሕግታት Web Content Accessibility Guidelines (WCAG)፣ ሕታም 2.2 ይበሃል። እዚ ወብሳይት ንመብዛሕትኡ ደረጃ AA የማልእ። ብሰንኪ እቶም ኣብ ታሕቲ ዘለዉ ጸገማት፣ ገና ንኹሉ ኣየማልኦን።
access-known-heading = እንፈልጦም ጸገማት
access-known-l1 = መብዛሕትኦም ትርጉማትና ገና ብብቑዕ ተርጓሚ ኣይተመርመሩን። ነፍሲ ወከፍ ካብቶም ገጻት ከምኡ ይገልጽ። ንዝኾነ ቋንቋ ተርጓሚ ከነዳሉ ንኽእል ኢና።
access-known-l2 = ኣንባቢ ስክሪን ነቲ ኣብ ዝተሓትመ በራሪ ወረቐት ዘሎ ኮድ ከንብቦ ኣይክእልን። ኣድራሻ ወብሳይት ኣብ ጥቓኡ ተሓቲሙ ኣሎ።
access-known-l3 = ናብ ካልኦት ወብሳይታት ዝወስዱ መራኸቢታት (links)፣ ናብ ዘይንቆጻጸሮም ገጻት እዮም ዝወስዱ። ንምጥቃም ዝያዳ ከቢዶም ክኾኑ ይኽእሉ።
access-formats-heading = ካልኦት ቅርጽታት
access-formats-text = ነዚ ሓበሬታ ብኻልእ መገዲ እንተ ኣድልዩኩም፣ ንኣብነት ብዓቢ ፊደል፣ ቀሊል ንምንባብ (easy read)፣ ብድምጺ ወይ ብብሬል (Braille)፣ ናብ { $email } ኢመይል ስደዱ ወይ ናብ { $phone } ደውሉ። ኣብ ውሽጢ 5 መዓልታት ስራሕ ክንምልሰልኩም ኢና።
access-report-heading = ብዛዕባ ጸገም ንገሩና
access-report-text = ኣብዚ ዘይተዘርዘረ ጸገም እንተ ረኺብኩም፣ ወይ ነቲ ሕግታት ኣየማላእናን ኢልኩም እንተ ሓሲብኩም፣ በጃኹም ናብ { $email } ኢመይል ስደዱ።
access-enforce-heading = ብመልስና እንተ ዘይዓገብኩም
access-enforce-text = Equality and Human Rights Commission (EHRC፣ ኮሚሽን ማዕርነትን ሰብኣዊ መሰላትን) ህዝባዊ ወብሳይታት ነቲ ሕግታት ከም ዝኽተሉ የረጋግጽ። ጸገምኩም ብዝሓዝናሉ ኣገባብ እንተ ዘይዓገብኩም፣ ምስ Equality Advisory and Support Service (EASS) ተራኸቡ።
access-eass-link = Equality Advisory and Support Service (ኣገልግሎት ምኽርን ደገፍን ማዕርነት)
access-testing-heading = ነዚ ወብሳይት ብኸመይ ንፍትኖ
access-testing-text = ነፍሲ ወከፍ ገጽ ብኮምፒተር ኣብ ሓቀኛ ብራውዘር ይፍተን፣ ብኹሉ ቋንቋታት፣ ካብ የማን ናብ ጸጋም ዝንበቡ ቋንቋታት ሓዊሱ። ብኪቦርድን ኣብ ንኣሽቱ ስክሪናትን’ውን ንፍትን፣ እቲ እንግሊዝኛ ክሳብ ክንደይ ቀሊል ንምንባብ ምዃኑ’ውን ንፍትሽ።
access-prepared = ነዚ መግለጺ ኣብ ሕዳር 2026 ጸሓፍናዮ። ወብሳይት ኣብ ዝቕየረሉ ግዜ ኩሉ ንፍትሾ።

## Complaints

complaints-title = ቅሬታታት
complaints-intro = ጌጋ እንተ ገይርና በጃኹም ንገሩና። ቅሬታ ምቕራብኩም፣ ካባና እትረኽብዎ ሓገዝ ፈጺሙ ኣይቕይሮን።
complaints-how-heading = ብኸመይ ቅሬታ ተቕርቡ
complaints-how-text = ብተሌፎን ወይ ብኢመይል ቅሬታ ከተቕርቡ ትኽእሉ ኢኹም፣ ወይ ካልእ ሰብ ኣብ ክንዳኹም ከቕርበልኩም ክትሓቱ ትኽእሉ ኢኹም። እንታይ ከም ዘጋጠመን እንታይ ክንገብር ከም እትደልዩን ንገሩና።
complaints-steps-heading = ቀጺሉ እንታይ ይኸውን
complaints-step-1 = ቅሬታኹም ከም ዝበጽሓና ኣብ ውሽጢ 5 መዓልታት ስራሕ ክንነግረኩም ኢና።
complaints-step-2 = ኣብ ጉዳይኩም ዘይተሳተፈ ሓላፊ ይምርምሮ። ብዝርዝር ንምዝርራብ ክድውለልኩም ይኽእል።
complaints-step-3 = ኣብ ውሽጢ 20 መዓልታት ስራሕ መልስና ብጽሑፍ ክንሰደልኩም ኢና። ዝያዳ ግዜ እንተ ኣድልዩና፣ ምኽንያቱ ክንነግረኩም ኢና።
complaints-step-4 = ገና እንተ ዘይዓገብኩም፣ ላዕለዋይ ሓላፊ ከም ብሓድሽ ይርእዮ።
complaints-outside-heading = ገና እንተ ዘይዓገብኩም
complaints-outside-text = ገና እንተ ዘይዓገብኩም፣ ቤት ጽሕፈት West Midlands Police and Crime Commissioner ንቅሬታኹም ክርእዮ ክትሓቱ ትኽእሉ ኢኹም። እዚ ብህዝቢ ዝተመርጸ፣ ኣብ West Midlands ንስራሕ ፖሊስ ዝቆጻጸር ሰብ እዩ፣ ንኣገልግሎትና’ውን ዝኸፍል ንሱ እዩ። ሓበሬታ ርክቦም ክንህበኩም ኢና። ቅሬታኹም ብዛዕባ ውልቃዊ ሓበሬታኹም እንተ ኾይኑ፣ ናብ ICO እውን ክትከዱ ትኽእሉ ኢኹም።
complaints-help-heading = ቅሬታ ንምቕራብ ሓገዝ
complaints-help-text = ዓርኪ፣ ኣባል ስድራቤት ወይ ተጣባቒ (advocate) ኣብ ክንዳኹም ቅሬታ ከቕርብ ይኽእል። ተርጓሚ ከነዳልወልኩም ንኽእል ኢና።
complaints-funder-text = ወጻኢታት { $service } ዝሽፍን West Midlands Police and Crime Commissioner እዩ። ስለዚ፣ ንሕና ከነዐርዮ እንተ ዘይክኢልና፣ ቤት ጽሕፈቶም ንቅሬታኹም ክርእዮ ይኽእል።

## Contact us

contact-title = ርኸቡና
contact-intro = ብዛዕባ ናይ ምሕዋይ ፍትሒ (restorative justice) ምሳና ተዛረቡ፣ ሕቶ ሕተቱ፣ ወይ ጠለብ ጀምሩ። ብነጻን ምስጢራውን እዩ።
contact-start-heading = ካልኦት መገድታት ምጅማር
contact-refer-link = ንርእስኹም ወይ ንካልእ ሰብ ብኢንተርነት ኣመልክቱ
contact-call-back-link = ክንድውለልኩም ሕተቱ
contact-relay-heading = ጽሙማት እንተ ኾንኩም፣ ወይ ምስማዕ ወይ ምዝራብ እንተ ኸበደኩም
contact-relay-text = ብ Relay UK (ንጽሙማትን ምዝራብ ዘጸግሞም ሰባትን ዝሕግዝ ኣገልግሎት ተሌፎን) ክትድውሉልና ትኽእሉ ኢኹም። ካብ textphone ወይ ካብ Relay UK app፣ ቅድም 18001፣ ቀጺልኩም ቁጽሪ ተሌፎንና ደውሉ።
contact-bsl-text = British Sign Language (BSL፣ ቋንቋ ምልክት ብሪጣንያ) እንተ ትጥቀሙ፣ ብኣገልግሎት BSL ቪድዮ ክትድውሉልና ትኽእሉ ኢኹም። ተርጓሚ ብቪድዮ ኣብቲ ጻውዒት ይጽንበር፣ ኣብ ክንዳኹም ድማ ምሳና ይዛረብ። ንርክባት’ውን ብነጻ ተርጓሚ BSL ክንሕዘልኩም ንኽእል ኢና።
contact-language-heading = ካልኦት ቋንቋታት
contact-language-text = ብነጻ ተርጓሚ ከነዳልወልኩም ንኽእል ኢና። ደውሉልና፣ ስም ቋንቋኹም ድማ ንገሩና። ምስ ተርጓሚ መሊስና ክንድውለልኩም ኢና።

## Leaflet

leaflet-title = ዝሕተም በራሪ ወረቐት
leaflet-print-note = እዚ ሓደ ገጽ ዘለዎ በራሪ ወረቐትና እዩ። ኣብ A4 ወረቐት ንምሕታሙ፣ ኣብ ብራውዘርኩም ዘሎ “Print” (ሕትመት) ተጠቐሙ።
leaflet-heading = ብገበን ተጎዲእኩም ዲኹም? ድምጽኹም ክስማዕ ይኽእል።
leaflet-what = ናይ ምሕዋይ ፍትሒ (restorative justice)፣ ብገበን ዝተጎድኡ ሰባት ምስቲ ጉድኣት ዘውረደ ሰብ ክዛረቡ፣ ወይ መልእኽቲ ክሰዱሉ ይሕግዝ። ዝሰልጠነ መራሒ ኩሉ ውሑስ ከም ዝኸውን ይገብር።
leaflet-facts-heading = ቀንዲ ሓበሬታ
leaflet-fact-any = ዝኾነ ገበን፣ ኣብ ዝኾነ ግዜ። ንፖሊስ ነጊርኩም ክትኮኑ ኣየድልየኩምን።
leaflet-fact-interpreter = ብነጻ ተርጓሚ ከነዳልወልኩም ንኽእል ኢና።
leaflet-contact-heading = ርኸቡና
leaflet-qr = ወብሳይትና ንምኽፋት፣ ነዚ ኮድ ብካሜራ ተሌፎንኩም ስካን ግበርዎ።

## Something went wrong (500)

server-error-title = ይቕረታ፣ ገለ ጸገም ኣጋጢሙ
server-error-text = ኣብ ወገንና ጸገም ኣሎ። በጃኹም ድሕሪ ሒደት ደቓይቕ ደጊምኩም ፈትኑ። እንተ ቐጸለ፣ ናብ { $phone } ደውሉልና።
server-error-home-link = ናብ ቀንዲ ገጽ ኪዱ

## Added with the journeys

contact-withdraw-heading = ጠለብኩም ኣቋርጹ
contact-withdraw-text = ኣብ ዝኾነ ግዜ ደው ከተብሉ ትኽእሉ ኢኹም። ስለምንታይ ክትገልጹ ኣየድልየኩምን።
contact-withdraw-link = ጠለብኩም ንምቁራጽ ሕተቱ
online-autofill-heading = ብራውዘርኩም ነቲ ቅጥዒ ባዕሉ ክመልኦ ከሎ
online-autofill-text = ቅጥዕና፣ ብራውዘርኩም ስምኩም፣ ቁጽሪ ተሌፎንኩምን ኢመይልኩምን ባዕሉ ክመልእ ይፈቅድ። እዚ ግዜ የቑጥብ። ግን ብራውዘርኩም ድሕሪኡ ክዝክሮም ይኽእል።
online-autofill-off = መሳርሒኹም ካልእ ሰብ’ውን ዝጥቀመሉ እንተ ኾይኑ፣ ብሕታዊ መስኮት ተጠቐሙ፣ ወይ ኣብ ምድላዋት ብራውዘርኩም autofill ዕጸውዎ። ብዛዕባ ዝተፈጸመ ዝጸሓፍኩምዎ፣ ብራውዘርኩም ከይመልኦን ከይዝክሮን ንሓቶ።
