## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = Start now
button-continue = Continue
button-send = Send
button-carry-on = Carry on
button-skip = Skip these questions
link-back = Back
select-choose = Choose a month
spam-trap-label = Leave this box empty
offer-call-back = You can ask us to phone you instead
check-change = Change
check-not-answered = Not answered
consent-privacy-link = Read how we use your information (privacy notice)
textarea-count =
    You have used { $used } of { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.

## Errors

error-summary-title = There is a problem
error-prefix = Error:
error-title-prefix = Error:
error-choose-from-list = Choose one of the answers in the list
error-too-long =
    Use { $count ->
        [one] { $count } character
       *[other] { $count } characters
    } or fewer
error-phone = Enter a phone number like 07700 900 982 or +48 601 234 567
error-email = Enter an email address like name@example.com
error-postcode = Enter a postcode like B1 1BB
error-year = Enter the year as 4 numbers, like 2024
error-years = Enter a number of years, like 3
error-crime-reference = A crime reference uses only letters, numbers, / and -
error-reference = Enter your reference, like RJ-HK4M-7TWX
error-date-future = The date must be in the past
error-too-fast = Please check your answers, then send them again

## Start pages

start-referral-title = Ask for restorative justice
start-referral-body =
    We will ask you some questions about you and what happened. It takes about 15 minutes.

    It is free. It is private. Nothing happens unless you want it to, and you can stop at any time.

    You can skip anything you do not want to tell us now. A member of our team will then contact you in the way you choose.
start-call-back-title = Ask us to phone you
start-call-back-body =
    Give us a phone number and a good time to call. It takes about 3 minutes.

    We will call to answer your questions. You do not have to decide anything on the phone.
start-withdrawal-title = Stop your referral
start-withdrawal-body =
    You can stop at any time, for any reason. You do not have to tell us why.

    You will need the reference number we gave you.
start-kept-for =
    We keep your answers on our server for up to { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } while you fill this in. They are deleted when you send them or press "{ quick-exit }".

## Referral: who it is for

q-for-whom = Who is this for?
q-for-whom-me = Me
q-for-whom-someone-else = Someone else, who agrees to it
q-for-whom-error = Choose who this is for

step-referral-on-behalf = About you
q-relationship = How do you know the person?
q-relationship-family = I am family
q-relationship-friend = I am a friend
q-relationship-supporter = I support them (for example a carer or advocate)
q-relationship-professional = I work with them
q-relationship-error = Choose how you know the person
q-organisation-type = Where do you work?
q-organisation-type-police = Police
q-organisation-type-probation = Probation
q-organisation-type-victim-care = Victim care or support
q-organisation-type-yot = Youth offending team
q-organisation-type-prison = Prison
q-organisation-type-csp = Community safety partnership
q-organisation-type-health = Health service, like a GP or hospital
q-organisation-type-school = School or college
q-organisation-type-other = Somewhere else
q-organisation-type-error = Choose where you work
q-organisation-name = Name of your organisation (optional)

step-referral-your-details = Your details
q-referrer-name = Your name
q-referrer-name-error = Enter your name
q-referrer-phone = Your phone number
q-referrer-phone-error = Enter your phone number
q-referrer-email = Your email address (optional)

q-agreed = Has the person agreed to this referral?
q-agreed-hint = We can only help someone who wants our help. If you are a police officer and have not asked them yet, we can ask them for you.
q-agreed-yes = Yes, they agree
q-agreed-not-asked = I have not asked them yet
q-agreed-no = No, they do not agree
q-agreed-error = Choose whether they agree

step-referral-need-agreement = We need the person to agree first
step-referral-need-agreement-body =
    Restorative justice only works when people choose it. So we can only take a referral when the person knows about it and agrees.

    You could tell them about this website, or give them our phone number. They can get in touch themselves, or say yes to you sending this.

    If you are worried about their safety, call 999 in an emergency or 101 if it is not an emergency.

step-referral-we-will-ask = We will ask them for you
step-referral-we-will-ask-body =
    Thank you. They have not been asked yet, so we will contact them first and ask if they want our help. Nothing else happens unless they say yes.

    Carry on and tell us what you know. You can leave out anything you are not sure about.

## Referral: what happened

q-connection = How are you connected to what happened?
q-connection-harmed = I was harmed
q-connection-family-harmed = Someone in my family was harmed
q-connection-bereaved = Someone in my family died because of a crime
q-connection-caused-harm = I caused harm
q-connection-other-affected = I was affected in another way
q-connection-error = Choose how you are connected
q-connection-them = How is the person connected to what happened?
q-connection-them-harmed = They were harmed
q-connection-them-family-harmed = Someone in their family was harmed
q-connection-them-bereaved = Someone in their family died because of a crime
q-connection-them-caused-harm = They caused harm
q-connection-them-other-affected = They were affected in another way
q-connection-them-error = Choose how they are connected

step-referral-what-happened = What happened
q-crime-type = What kind of crime was it?
q-crime-type-hint = Choose the closest one. You do not have to give details.
q-crime-type-violence = Violence or assault
q-crime-type-sexual = A sexual offence
q-crime-type-domestic-abuse = Domestic abuse
q-crime-type-hate-crime = A hate crime
q-crime-type-burglary = Burglary
q-crime-type-robbery = Robbery
q-crime-type-theft = Theft
q-crime-type-criminal-damage = Damage to property
q-crime-type-fraud-online = Fraud or online crime
q-crime-type-harassment = Harassment or stalking
q-crime-type-driving = A driving offence
q-crime-type-asb = Anti-social behaviour, like noise or nuisance
q-crime-type-not-crime = Harm that was not a crime, like at school or work
q-crime-type-other = Something else
q-crime-type-prefer-not = I would rather not say
q-crime-type-error = Choose the kind of crime, or "I would rather not say"
q-markers = Was any of this true? (optional)
q-markers-hate = It was because of who I am, like my race, religion, disability, sexuality or gender
q-markers-online = It happened online
q-markers-domestic = It was by a partner, ex-partner or family member

step-referral-not-a-crime = We help after a crime
step-referral-not-a-crime-body =
    Our service is for harm caused by a crime. For harm at school, at work or at home that was not a crime, the school, employer or a local mediation service may be able to help.

    You can still send us your details. We will read them and tell you who can help.

step-referral-anti-social-behaviour = Help with anti-social behaviour
step-referral-anti-social-behaviour-body =
    Anti-social behaviour, like noise or nuisance from neighbours, is not usually a crime. Your local council or housing provider often has a free mediation service for this.

    You can still send us your details. We will read them and tell you who can help.

step-referral-when = When it happened
q-when = When did it happen?
q-when-date = I know the month and year
q-when-years-ago = I know roughly how many years ago
q-when-not-sure = I am not sure
q-when-error = Choose when it happened
q-when-month = Month
q-when-month-error = Choose the month
q-when-year = Year
q-when-year-hint = For example, 2024
q-when-year-error = Enter the year
q-when-years = How many years ago?
q-when-years-error = Enter how many years ago
q-how-long = How long did it go on for? (optional)
q-how-long-hint = Some harm happens once. Some goes on for a long time.
q-how-long-once = It happened once, or over a few days
q-how-long-up-to-3-years = It went on for up to 3 years
q-how-long-more-than-3-years = It went on for more than 3 years
q-how-long-not-sure = I am not sure
q-ongoing = Is it still happening, or are you worried it will happen again? (optional)
q-ongoing-yes = Yes
q-ongoing-no = No
q-ongoing-not-sure = I am not sure

step-referral-police = The police and the courts
q-reported = Was it reported to the police?
q-reported-hint = You do not need to have told the police to ask for our help.
q-reported-yes = Yes
q-reported-no = No
q-reported-not-sure = I am not sure
q-reported-error = Choose yes, no or not sure
q-crime-reference = Crime reference number (optional)
q-crime-reference-hint = Only if you have it to hand.
q-stage = What is happening with it now?
q-stage-not-reported = It was not reported
q-stage-investigating = The police are looking into it
q-stage-awaiting-court = It is waiting to go to court
q-stage-prison = Someone was sent to prison
q-stage-community = Someone was given a community sentence
q-stage-finished = It is all finished
q-stage-no-further-action = The police took no further action
q-stage-dont-know = I do not know
q-stage-error = Choose what is happening now
q-agencies = Are other services involved, as well as the police? (optional)
q-agencies-hint = For example, social services, a support worker, a mental health team or a school.
q-agencies-yes = Yes
q-agencies-no = No
q-agencies-not-sure = I am not sure

step-referral-where = Where
q-area-happened = Where did it happen?
q-area-happened-error = Choose where it happened
q-area-lives = Where do you live?
q-area-lives-error = Choose where you live
q-area-lives-them = Where does the person live?
q-area-lives-them-error = Choose where they live
q-area-happened-birmingham = Birmingham
q-area-happened-coventry = Coventry
q-area-happened-dudley = Dudley
q-area-happened-sandwell = Sandwell
q-area-happened-solihull = Solihull
q-area-happened-walsall = Walsall
q-area-happened-wolverhampton = Wolverhampton
q-area-happened-elsewhere = Somewhere else
q-area-happened-not-sure = I am not sure
q-area-lives-birmingham = Birmingham
q-area-lives-coventry = Coventry
q-area-lives-dudley = Dudley
q-area-lives-sandwell = Sandwell
q-area-lives-solihull = Solihull
q-area-lives-walsall = Walsall
q-area-lives-wolverhampton = Wolverhampton
q-area-lives-elsewhere = Somewhere else
q-area-lives-not-sure = I am not sure

step-referral-outside-area = Help outside the West Midlands
step-referral-outside-area-body =
    We work in the West Midlands. There are restorative justice services across England and Wales, and we can pass your details to the service near you.

    You can still send us your details. We will talk to the right service and let you know.

step-referral-other-person = The other person
q-other-age = How old is the person who caused the harm?
q-other-age-hint = If you caused the harm, tell us about the person you harmed.
q-other-age-under-18 = Under 18
q-other-age-adult = 18 or over
q-other-age-dont-know = I do not know
q-other-age-error = Choose an age, or "I do not know"
q-other-age-them = How old is the person who caused the harm?
q-other-age-them-hint = If the person you are referring caused the harm, tell us about the person they harmed.
q-other-age-them-error = Choose an age, or "I do not know"
q-other-known = Do you know who they are?
q-other-known-yes = Yes
q-other-known-no = No
q-other-known-not-sure = I am not sure
q-other-known-error = Choose yes, no or not sure
q-how-many = How many people caused the harm?
q-how-many-one = One person
q-how-many-two-or-three = 2 or 3 people
q-how-many-more-than-three = More than 3 people
q-how-many-dont-know = I do not know
q-how-many-error = Choose how many people
q-how-many-harmed = How many people were harmed? (optional)
q-how-many-harmed-one = One person
q-how-many-harmed-two-or-three = 2 or 3 people
q-how-many-harmed-more-than-three = More than 3 people
q-how-many-harmed-dont-know = I do not know
q-vulnerable = Does anyone involved need extra care to take part safely? (optional)
q-vulnerable-hint = For example, because of their age, a disability or their mental health.
q-vulnerable-yes = Yes
q-vulnerable-no = No
q-vulnerable-not-sure = I am not sure

step-referral-young-person = When a young person caused the harm
step-referral-young-person-body =
    When the person who caused the harm is under 18, the local youth offending team usually leads. We will talk to them first, and make sure you get the right help.

    You can still send us your details.

## Referral: in your own words, about you

step-referral-own-words = In your own words (optional)
q-story = What happened?
q-story-hint = Only tell us what you want to. You can leave this empty.
q-hopes = What would you like to happen?
q-hopes-hint = For example, to ask a question, to be heard, or to get an apology.
q-hopes-them = What would the person like to happen?
q-hopes-them-hint = For example, to ask a question, to be heard, or to get an apology.

step-referral-about-you = About you
step-referral-about-you-them = About the person
q-name = What should we call you?
q-name-hint = This can be your first name or a name you prefer.
q-name-error = Enter what we should call you
q-name-them = What should we call the person?
q-name-them-hint = This can be their first name or a name they prefer.
q-name-them-error = Enter what we should call the person
q-age-band = How old are you?
q-age-band-under-18 = Under 18
q-age-band-18-24 = 18 to 24
q-age-band-25-34 = 25 to 34
q-age-band-35-44 = 35 to 44
q-age-band-45-54 = 45 to 54
q-age-band-55-64 = 55 to 64
q-age-band-65-plus = 65 or over
q-age-band-prefer-not = I would rather not say
q-age-band-error = Choose your age, or "I would rather not say"
q-age-band-them = How old are they?
q-age-band-them-error = Choose their age, or "I would rather not say"

step-referral-under-18 = If you are under 18
step-referral-under-18-body =
    You can take part in restorative justice at any age. You do not need a parent's permission.

    We will make sure you have an adult with you to support you, like a parent, carer or youth worker, if you want one.

step-referral-under-18-them = If the person is under 18
step-referral-under-18-them-body =
    Anyone can take part in restorative justice, at any age. They do not need a parent's permission.

    We will make sure they have an adult with them for support, like a parent, carer or youth worker, if they want one.

## Referral: contacting you safely

step-referral-contact = How to contact you
step-referral-contact-them = How to contact the person
q-contact-ways = How can we contact you?
q-contact-ways-hint = Choose all the ways that are safe for you.
q-contact-ways-phone = Phone call
q-contact-ways-text = Text message
q-contact-ways-email = Email
q-contact-ways-letter = Letter
q-contact-ways-error = Choose at least one way to contact you
q-contact-ways-them = How can we contact them?
q-contact-ways-them-hint = Choose all the ways that are safe for them.
q-contact-ways-them-error = Choose at least one way to contact them
q-phone = Phone number
q-phone-error = Enter a phone number
q-email = Email address
q-email-error = Enter an email address
q-address = Address
q-address-error = Enter your address
q-address-them = Their address
q-address-them-error = Enter their address
q-postcode = Postcode
q-postcode-error = Enter your postcode
q-postcode-them = Their postcode
q-postcode-them-error = Enter their postcode

step-referral-contact-safety = Keeping contact safe
q-voicemail-ok = Is it safe for us to leave a message or send a text?
q-voicemail-ok-hint = We will never say what it is about in a message.
q-voicemail-ok-yes = Yes
q-voicemail-ok-no = No
q-voicemail-ok-error = Choose yes or no
q-email-ok = Is it safe for us to email you?
q-email-ok-yes = Yes
q-email-ok-no = No
q-email-ok-error = Choose yes or no
q-email-ok-them = Is it safe for us to email them?
q-email-ok-them-error = Choose yes or no
q-safe-times = When is it safe to contact you? (optional)
q-safe-times-hint = For example, weekdays after 2pm.
q-safe-times-them = When is it safe to contact them? (optional)
q-safe-times-them-hint = For example, weekdays after 2pm.
q-caller-notes = Anything the caller should or should not say? (optional)
q-caller-notes-hint = For example, "say you are from the doctor's" or "ask for Sam".

## Referral: your needs, your safety

step-referral-needs = What you need from us
step-referral-needs-them = What they need from us
q-language = Which language would you like to use? (optional)
q-language-them = Which language would they like to use? (optional)
q-interpreter = Would you like an interpreter?
q-interpreter-yes = Yes
q-interpreter-no = No
q-interpreter-error = Choose yes or no
q-interpreter-them = Would they like an interpreter?
q-interpreter-them-error = Choose yes or no
q-bsl = Do you use British Sign Language (BSL)?
q-bsl-yes = Yes
q-bsl-no = No
q-bsl-error = Choose yes or no
q-bsl-them = Do they use British Sign Language (BSL)?
q-bsl-them-error = Choose yes or no
q-access = Would any of these help you? (optional)
q-access-them = Would any of these help them? (optional)
q-access-large-print = Large print
q-access-easy-read = Easy Read
q-access-hearing = Help with hearing
q-access-sight = Help with sight
q-access-mobility = Help getting around
q-access-learning-disability = Support for a learning disability
q-access-mental-health = Support with mental health
q-support-person = Would you like someone with you to support you?
q-support-person-hint = For example, a friend, family member or support worker.
q-support-person-yes = Yes
q-support-person-no = No
q-support-person-error = Choose yes or no
q-support-person-them = Would they like someone with them for support?
q-support-person-them-hint = For example, a friend, family member or support worker.
q-support-person-them-error = Choose yes or no

q-safe-now = Are you safe right now?
q-safe-now-yes = Yes
q-safe-now-no = No
q-safe-now-not-sure = I am not sure
q-safe-now-error = Choose yes, no or not sure
q-safe-now-them = Is the person safe right now?
q-safe-now-them-error = Choose yes, no or not sure

step-referral-not-safe = Getting help now
step-referral-not-safe-body =
    If you are in danger, call 999 now.

    If you cannot speak, call 999 from a mobile. When you hear a voice, press 55. This tells the police it is a real emergency.

    If it is not an emergency, call the police on 101.

    When you are ready, you can carry on with this form. We will take extra care when we contact you.

step-referral-not-safe-them = Getting help now
step-referral-not-safe-them-body =
    If the person is in danger, call 999 now.

    If it is not an emergency, call the police on 101.

    When you are ready, you can carry on with this form. We will take extra care when we contact them.

## Referral: check, consent, send

step-referral-check = Check your answers
step-referral-consent = Your agreement
step-referral-consent-body =
    Taking part is your choice. You can stop at any time, even after you send this.

    We will use your answers to contact you and to plan what happens next. We keep them safe and only share them when we must, for example to keep someone safe from harm.
q-consent = Your agreement
q-consent-agree = I agree to you using my answers to contact me about restorative justice
q-consent-error = Tick the box to agree, so we can contact you
step-referral-consent-them = Sending this referral
step-referral-consent-them-body =
    Taking part is always the person's own choice. They can stop at any time, even after you send this.

    We will use these answers to contact the person, and you if we need to, and to plan what happens next. We keep them safe and only share them when we must, for example to keep someone safe from harm.
q-consent-them = Your agreement
q-consent-them-agree = I agree to you using these answers to contact the person, and me if needed, about restorative justice
q-consent-them-error = Tick the box to agree, so we can contact the person

## Call back

step-call-back-your-details = Your details
step-call-back-when = When to call
q-call-days = Which days are best? (optional)
q-call-days-monday = Monday
q-call-days-tuesday = Tuesday
q-call-days-wednesday = Wednesday
q-call-days-thursday = Thursday
q-call-days-friday = Friday
q-call-times = What time of day is best? (optional)
q-call-times-morning = Morning
q-call-times-lunchtime = Lunchtime
q-call-times-afternoon = Afternoon
step-call-back-language = Language
q-call-reason = What would you like to talk about? (optional)
q-call-reason-hint = A few words are enough. You can leave this empty.
step-call-back-check = Check your answers
step-call-back-consent = Your agreement
step-call-back-consent-body =
    We will use your phone number only to call you back about restorative justice.

## Withdrawal

step-withdrawal-details = Stop your referral
step-withdrawal-details-body =
    Tell us your reference and how we can check it is you. We will not show you anything about your referral here.
q-reference = Your reference number
q-reference-hint = It starts with RJ, like RJ-HK4M-7TWX.
q-reference-error = Enter your reference number
q-withdraw-contact = Your phone number or email address
q-withdraw-contact-hint = The one you gave us, so we can check it is you.
q-withdraw-contact-error = Enter your phone number or email address
q-withdraw-reason = Why do you want to stop? (optional)
q-withdraw-reason-hint = You do not have to tell us.
q-withdraw-confirm = Confirm
q-withdraw-confirm-confirm = I want to stop my referral
q-withdraw-confirm-error = Tick the box to confirm you want to stop

## Confirmation

sent-referral-title = We have your referral
sent-call-back-title = We will call you back
sent-withdrawal-title = We have your request to stop
sent-reference = Your reference number is
sent-keep-reference = Keep this number safe. You will need it if you contact us about this.
sent-next-heading = What happens next
sent-referral-next = A member of our team will contact you by { $date }, in the way you told us is safe.
sent-call-back-next = We will phone you by { $date }.
sent-withdrawal-next = We will stop work on your referral and confirm by { $date }, if it is safe to contact you.
sent-contact-heading = Contact us
sent-withdraw-heading = If you change your mind
sent-withdraw-text = You can stop at any time.
sent-withdraw-link = Stop your referral
sent-support-heading = Support while you wait
sent-support-text = You can get free support from Victim Support at any time, whether or not you take part in restorative justice. In an emergency, call 999.
sent-print = To keep a record, write down your reference or print this page.
sent-equality-heading = Help us be fair (optional)
sent-equality-text = A few questions about you help us check we are fair to everyone. Your answers are kept apart from your referral.
sent-equality-link = Answer the equality questions
sent-home-link = Go to the home page

## Equality monitoring

step-referral-equality = Help us be fair
step-referral-equality-body =
    These questions are optional. Your answers are kept apart from your referral and only used to count how many people we help.
q-eq-age = How old are you?
q-eq-age-under-18 = Under 18
q-eq-age-18-24 = 18 to 24
q-eq-age-25-34 = 25 to 34
q-eq-age-35-44 = 35 to 44
q-eq-age-45-54 = 45 to 54
q-eq-age-55-64 = 55 to 64
q-eq-age-65-plus = 65 or over
q-eq-age-prefer-not = I would rather not say
q-eq-sex = What is your sex?
q-eq-sex-female = Female
q-eq-sex-male = Male
q-eq-sex-prefer-not = I would rather not say
q-eq-gender-same = Is the gender you identify with the same as your sex registered at birth?
q-eq-gender-same-yes = Yes
q-eq-gender-same-no = No
q-eq-gender-same-prefer-not = I would rather not say
q-eq-ethnicity = What is your ethnic group?
q-eq-ethnicity-white-british = White: English, Welsh, Scottish, Northern Irish or British
q-eq-ethnicity-white-irish = White: Irish
q-eq-ethnicity-white-gypsy-traveller = White: Gypsy or Irish Traveller
q-eq-ethnicity-white-roma = White: Roma
q-eq-ethnicity-white-other = White: any other White background
q-eq-ethnicity-mixed-white-black-caribbean = Mixed: White and Black Caribbean
q-eq-ethnicity-mixed-white-black-african = Mixed: White and Black African
q-eq-ethnicity-mixed-white-asian = Mixed: White and Asian
q-eq-ethnicity-mixed-other = Mixed: any other mixed or multiple background
q-eq-ethnicity-asian-indian = Asian or Asian British: Indian
q-eq-ethnicity-asian-pakistani = Asian or Asian British: Pakistani
q-eq-ethnicity-asian-bangladeshi = Asian or Asian British: Bangladeshi
q-eq-ethnicity-asian-chinese = Asian or Asian British: Chinese
q-eq-ethnicity-asian-other = Asian or Asian British: any other Asian background
q-eq-ethnicity-black-african = Black, Black British, Caribbean or African: African
q-eq-ethnicity-black-caribbean = Black, Black British, Caribbean or African: Caribbean
q-eq-ethnicity-black-other = Black, Black British, Caribbean or African: any other background
q-eq-ethnicity-other-arab = Other ethnic group: Arab
q-eq-ethnicity-other-any = Any other ethnic group
q-eq-ethnicity-prefer-not = I would rather not say
q-eq-disability = Do you have a disability or a long-term health condition?
q-eq-disability-yes = Yes
q-eq-disability-no = No
q-eq-disability-prefer-not = I would rather not say

## Too many tries

busy-title = Please wait a moment
busy-text =
    We have had a lot of answers from your connection in a short time. Please wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, then try again.
busy-back = Use your browser's Back button to return to your answers. They are still there.

## Our database is not answering

store-down-title = We cannot save your answers just now
store-down-text = There is a problem on our side. The answers you gave on earlier pages are kept. What you typed on this page is still in your browser: use its Back button to return to it, then try again in a few minutes. If it keeps happening, call us on { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = Tell us how it went
feedback-intro = Thank you for taking part. Your answers help us make the service better for other people. We only count them: nobody reads them with your name.
feedback-prefer-not = You can choose "I would rather not say" for any question.
q-fb-service = How satisfied are you with the service we gave you?
q-fb-service-very-satisfied = Very satisfied
q-fb-service-satisfied = Satisfied
q-fb-service-neither = Neither satisfied nor dissatisfied
q-fb-service-dissatisfied = Dissatisfied
q-fb-service-very-dissatisfied = Very dissatisfied
q-fb-service-prefer-not = I would rather not say
q-fb-service-error = Choose how satisfied you are, or "I would rather not say"
q-fb-outcome = How satisfied are you with how things turned out?
q-fb-outcome-very-satisfied = Very satisfied
q-fb-outcome-satisfied = Satisfied
q-fb-outcome-neither = Neither satisfied nor dissatisfied
q-fb-outcome-dissatisfied = Dissatisfied
q-fb-outcome-very-dissatisfied = Very dissatisfied
q-fb-outcome-prefer-not = I would rather not say
q-fb-outcome-error = Choose how satisfied you are, or "I would rather not say"
q-fb-safety = Compared with before, how safe do you feel now?
q-fb-safety-better = Safer than before
q-fb-safety-same = About the same
q-fb-safety-worse = Less safe than before
q-fb-safety-prefer-not = I would rather not say
q-fb-safety-error = Choose an answer, or "I would rather not say"
q-fb-wellbeing = Compared with before, how do you feel in yourself now?
q-fb-wellbeing-better = Better than before
q-fb-wellbeing-same = About the same
q-fb-wellbeing-worse = Worse than before
q-fb-wellbeing-prefer-not = I would rather not say
q-fb-wellbeing-error = Choose an answer, or "I would rather not say"
q-fb-coping = Compared with before, how well can you cope with what happened?
q-fb-coping-better = Better than before
q-fb-coping-same = About the same
q-fb-coping-worse = Worse than before
q-fb-coping-prefer-not = I would rather not say
q-fb-coping-error = Choose an answer, or "I would rather not say"
q-fb-confidence = Compared with before, how much confidence do you have in the police and the courts?
q-fb-confidence-better = More confidence than before
q-fb-confidence-same = About the same
q-fb-confidence-worse = Less confidence than before
q-fb-confidence-prefer-not = I would rather not say
q-fb-confidence-error = Choose an answer, or "I would rather not say"
feedback-gone-title = This link no longer works
feedback-gone-text = Each feedback link works once, and only for a few weeks. If you would still like to tell us how it went, call us on { $phone }.
feedback-thanks-title = Thank you
feedback-thanks-text = We have your answers. They help us make the service better for the next person.
