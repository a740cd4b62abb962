## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

# same-as-en: already easy read
button-start = Start now
button-continue = Next
# same-as-en: already easy read
button-send = Send
# same-as-en: already easy read
button-carry-on = Carry on
# same-as-en: already easy read
button-skip = Skip these questions
link-back = Go back
# same-as-en: already easy read
select-choose = Choose a month
# same-as-en: already easy read
spam-trap-label = Leave this box empty
# same-as-en: already easy read
offer-call-back = You can ask us to phone you instead
# same-as-en: already easy read
check-change = Change
check-not-answered = You did not answer this
consent-privacy-link = Read how we use your information
textarea-count =
    You have typed { $used } out of { $max ->
        [one] { $max } letter, number or space
       *[other] { $max } letters, numbers and spaces
    }.

## Errors

# same-as-en: already easy read
error-summary-title = There is a problem
error-prefix = Problem:
error-title-prefix = Problem:
# same-as-en: already easy read
error-choose-from-list = Choose one of the answers in the list
error-too-long =
    Make your answer shorter: use up to { $count ->
        [one] { $count } letter, number or space
       *[other] { $count } letters, numbers and spaces
    }
error-phone = Type a phone number, like 07700 900 982 or +48 601 234 567
error-email = Type an email address, like name@example.com
error-postcode = Type a postcode, like B1 1BB
error-year = Type the year as 4 numbers, like 2024
error-years = Type a number of years, like 3
error-crime-reference = Use only letters, numbers, / and - in the crime reference
error-reference = Type your reference number, like RJ-HK4M-7TWX
error-date-future = Choose a date in the past
error-too-fast = Please check your answers. Then send them again.

## Start pages

# same-as-en: already easy read
start-referral-title = Ask for restorative justice
start-referral-body =
    Restorative justice helps people talk safely after a crime.

    On this form, we will ask you some questions. They are about you and what happened.

    When you send this form, we call it a referral.

    It takes about 15 minutes.

    It is free. It is private.

    Nothing happens unless you want it to.

    You can stop at any time.

    You can skip any question you do not want to answer now.

    Then someone from our team will contact you, in the way you choose.
# same-as-en: already easy read
start-call-back-title = Ask us to phone you
start-call-back-body =
    Give us a phone number. Tell us a good time to phone you.

    It takes about 3 minutes.

    We will phone you to answer your questions.

    You do not have to decide anything on the phone.
# same-as-en: already easy read
start-withdrawal-title = Stop your referral
start-withdrawal-body =
    A referral is when you, or someone else, asked us for help.

    You can stop at any time, for any reason.

    You do not have to tell us why.

    You will need the reference number we gave you.
start-kept-for =
    We keep your answers on our computer while you fill in the form. We keep them for up to { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }. We delete them when you send them, or when you press "{ quick-exit }".

## Referral: who it is for

# same-as-en: already easy read
q-for-whom = Who is this for?
# same-as-en: already easy read
q-for-whom-me = Me
q-for-whom-someone-else = Someone else, who has said yes to this
# same-as-en: already easy read
q-for-whom-error = Choose who this is for

# same-as-en: already easy read
step-referral-on-behalf = About you
# same-as-en: already easy read
q-relationship = How do you know the person?
q-relationship-family = I am in their family
q-relationship-friend = I am their friend
q-relationship-supporter = I help them, like a carer or someone who speaks up for them
q-relationship-professional = I help them as part of my job
# same-as-en: already easy read
q-relationship-error = Choose how you know the person
# same-as-en: already easy read
q-organisation-type = Where do you work?
# same-as-en: already easy read
q-organisation-type-police = Police
# same-as-en: already easy read
q-organisation-type-probation = Probation
q-organisation-type-victim-care = Help for victims of crime
# same-as-en: a proper name
q-organisation-type-yot = Youth offending team
# same-as-en: already easy read
q-organisation-type-prison = Prison
# same-as-en: a proper name
q-organisation-type-csp = Community safety partnership
q-organisation-type-health = Health service, like a doctor or hospital
# same-as-en: already easy read
q-organisation-type-school = School or college
# same-as-en: already easy read
q-organisation-type-other = Somewhere else
# same-as-en: already easy read
q-organisation-type-error = Choose where you work
q-organisation-name = Name of the place you work (you do not have to answer)

step-referral-your-details = Your name and how to contact you
# same-as-en: already easy read
q-referrer-name = Your name
q-referrer-name-error = Type your name
# same-as-en: already easy read
q-referrer-phone = Your phone number
q-referrer-phone-error = Type your phone number
q-referrer-email = Your email address (you do not have to answer)

q-agreed = Has the person said yes to you filling in this form?
q-agreed-hint = We can only help someone who wants our help. Are you a police officer? Have you not asked the person yet? Then we can ask them for you.
# same-as-en: already easy read
q-agreed-yes = Yes, they agree
# same-as-en: already easy read
q-agreed-not-asked = I have not asked them yet
# same-as-en: already easy read
q-agreed-no = No, they do not agree
q-agreed-error = Choose if the person has said yes

step-referral-need-agreement = The person must say yes first
step-referral-need-agreement-body =
    Restorative justice only works when people choose it.

    So the person must know about this form. They must say yes to it.

    You could tell them about this website. Or you could give them our phone number.

    They can contact us themselves. Or they can say yes to you sending this form.

    Are you worried about their safety? In an emergency, call 999.

    If it is not an emergency, call 101.

step-referral-we-will-ask = We will ask the person for you
step-referral-we-will-ask-body =
    Thank you.

    Nobody has asked the person yet. So we will contact them first. We will ask them if they want our help.

    Nothing else happens unless they say yes.

    Carry on and tell us what you know.

    You can leave out anything you are not sure about.

## Referral: what happened

q-connection = How are you linked to what happened?
q-connection-harmed = I was hurt or harmed
q-connection-family-harmed = Someone in my family was hurt or harmed
# same-as-en: already easy read
q-connection-bereaved = Someone in my family died because of a crime
# same-as-en: already easy read
q-connection-caused-harm = I caused harm
q-connection-other-affected = It affected me in a different way
q-connection-error = Choose how you are linked to what happened
q-connection-them = How is the person linked to what happened?
q-connection-them-harmed = They were hurt or harmed
q-connection-them-family-harmed = Someone in their family was hurt or harmed
# same-as-en: already easy read
q-connection-them-bereaved = Someone in their family died because of a crime
# same-as-en: already easy read
q-connection-them-caused-harm = They caused harm
q-connection-them-other-affected = It affected them in a different way
q-connection-them-error = Choose how the person is linked to what happened

# same-as-en: already easy read
step-referral-what-happened = What happened
# same-as-en: already easy read
q-crime-type = What kind of crime was it?
q-crime-type-hint = Choose the answer that fits best. You do not have to tell us more.
q-crime-type-violence = Violence, like being hit or attacked
q-crime-type-sexual = A sexual crime
q-crime-type-domestic-abuse = Domestic abuse: abuse by a partner, ex-partner or family member
q-crime-type-hate-crime = A hate crime: a crime because of who you are
q-crime-type-burglary = Burglary: someone broke in to steal
q-crime-type-robbery = Robbery: someone used force or threats to steal
q-crime-type-theft = Theft: someone stole something
q-crime-type-criminal-damage = Damage to property, like a home or a car
q-crime-type-fraud-online = Fraud, which means tricking people for money, or crime on the internet
q-crime-type-harassment = Harassment or stalking: someone keeps bothering or following you
q-crime-type-driving = A driving crime
q-crime-type-asb = Anti-social behaviour, like noise or causing trouble
# same-as-en: already easy read
q-crime-type-not-crime = Harm that was not a crime, like at school or work
# same-as-en: already easy read
q-crime-type-other = Something else
q-crime-type-prefer-not = I do not want to say
q-crime-type-error = Choose the kind of crime, or "I do not want to say"
q-markers = Were any of these true? (you do not have to answer)
# same-as-en: already easy read
q-markers-hate = It was because of who I am, like my race, religion, disability, sexuality or gender
q-markers-online = It happened on the internet
# same-as-en: already easy read
q-markers-domestic = It was by a partner, ex-partner or family member

# same-as-en: already easy read
step-referral-not-a-crime = We help after a crime
step-referral-not-a-crime-body =
    Our service is for harm caused by a crime.

    Was the harm not a crime? For example, at school, at work or at home.

    Then the school or the employer may be able to help.

    Or a local mediation service may help. Mediation is when someone helps people sort out a problem.

    You can still send us your details.

    We will read them and tell you who can help.

# same-as-en: already easy read
step-referral-anti-social-behaviour = Help with anti-social behaviour
step-referral-anti-social-behaviour-body =
    Anti-social behaviour is usually not a crime. For example, noise or trouble from neighbours.

    Your local council or housing provider often has a free mediation service for this.

    Mediation is when someone helps people sort out a problem.

    You can still send us your details.

    We will read them and tell you who can help.

# same-as-en: already easy read
step-referral-when = When it happened
# same-as-en: already easy read
q-when = When did it happen?
# same-as-en: already easy read
q-when-date = I know the month and year
q-when-years-ago = I know about how many years ago
# same-as-en: already easy read
q-when-not-sure = I am not sure
# same-as-en: already easy read
q-when-error = Choose when it happened
# same-as-en: already easy read
q-when-month = Month
# same-as-en: already easy read
q-when-month-error = Choose the month
# same-as-en: already easy read
q-when-year = Year
# same-as-en: already easy read
q-when-year-hint = For example, 2024
q-when-year-error = Type the year
# same-as-en: already easy read
q-when-years = How many years ago?
q-when-years-error = Type how many years ago
q-how-long = How long did it go on? (you do not have to answer)
q-how-long-hint = Sometimes harm happens 1 time. Sometimes it goes on for a long time.
q-how-long-once = It happened 1 time, or for a few days
q-how-long-up-to-3-years = It went on for 3 years or less
q-how-long-more-than-3-years = It went on for longer than 3 years
# same-as-en: already easy read
q-how-long-not-sure = I am not sure
q-ongoing = Is it still going on? Or are you worried it will happen again? (you do not have to answer)
# same-as-en: already easy read
q-ongoing-yes = Yes
# same-as-en: already easy read
q-ongoing-no = No
# same-as-en: already easy read
q-ongoing-not-sure = I am not sure

# same-as-en: already easy read
step-referral-police = The police and the courts
q-reported = Did anyone tell the police about it?
q-reported-hint = You can ask for our help even if nobody told the police.
# same-as-en: already easy read
q-reported-yes = Yes
# same-as-en: already easy read
q-reported-no = No
# same-as-en: already easy read
q-reported-not-sure = I am not sure
# same-as-en: already easy read
q-reported-error = Choose yes, no or not sure
q-crime-reference = Crime reference number from the police (you do not have to answer)
q-crime-reference-hint = Only if you have it with you now.
# same-as-en: already easy read
q-stage = What is happening with it now?
q-stage-not-reported = Nobody told the police
# same-as-en: already easy read
q-stage-investigating = The police are looking into it
# same-as-en: already easy read
q-stage-awaiting-court = It is waiting to go to court
# same-as-en: already easy read
q-stage-prison = Someone was sent to prison
q-stage-community = Someone was given a community sentence, like unpaid work
# same-as-en: already easy read
q-stage-finished = It is all finished
q-stage-no-further-action = The police decided not to do anything more
# same-as-en: already easy read
q-stage-dont-know = I do not know
# same-as-en: already easy read
q-stage-error = Choose what is happening now
q-agencies = Are other services part of this too, not just the police? (you do not have to answer)
q-agencies-hint = This could be social services, a support worker, a mental health team or a school.
# same-as-en: already easy read
q-agencies-yes = Yes
# same-as-en: already easy read
q-agencies-no = No
# same-as-en: already easy read
q-agencies-not-sure = I am not sure

step-referral-where = Where it happened and where you live
# same-as-en: already easy read
q-area-happened = Where did it happen?
# same-as-en: already easy read
q-area-happened-error = Choose where it happened
# same-as-en: already easy read
q-area-lives = Where do you live?
# same-as-en: already easy read
q-area-lives-error = Choose where you live
# same-as-en: already easy read
q-area-lives-them = Where does the person live?
q-area-lives-them-error = Choose where the person lives
# same-as-en: a proper name
q-area-happened-birmingham = Birmingham
# same-as-en: a proper name
q-area-happened-coventry = Coventry
# same-as-en: a proper name
q-area-happened-dudley = Dudley
# same-as-en: a proper name
q-area-happened-sandwell = Sandwell
# same-as-en: a proper name
q-area-happened-solihull = Solihull
# same-as-en: a proper name
q-area-happened-walsall = Walsall
# same-as-en: a proper name
q-area-happened-wolverhampton = Wolverhampton
# same-as-en: already easy read
q-area-happened-elsewhere = Somewhere else
# same-as-en: already easy read
q-area-happened-not-sure = I am not sure
# same-as-en: a proper name
q-area-lives-birmingham = Birmingham
# same-as-en: a proper name
q-area-lives-coventry = Coventry
# same-as-en: a proper name
q-area-lives-dudley = Dudley
# same-as-en: a proper name
q-area-lives-sandwell = Sandwell
# same-as-en: a proper name
q-area-lives-solihull = Solihull
# same-as-en: a proper name
q-area-lives-walsall = Walsall
# same-as-en: a proper name
q-area-lives-wolverhampton = Wolverhampton
# same-as-en: already easy read
q-area-lives-elsewhere = Somewhere else
# same-as-en: already easy read
q-area-lives-not-sure = I am not sure

# same-as-en: already easy read
step-referral-outside-area = Help outside the West Midlands
step-referral-outside-area-body =
    We work in the West Midlands.

    There are restorative justice services across England and Wales.

    We can send your details to the service near you.

    You can still send us your details.

    We will talk to the right service and let you know.

# same-as-en: already easy read
step-referral-other-person = The other person
# same-as-en: already easy read
q-other-age = How old is the person who caused the harm?
q-other-age-hint = Did you cause the harm? Then tell us about the person you hurt.
# same-as-en: already easy read
q-other-age-under-18 = Under 18
# same-as-en: already easy read
q-other-age-adult = 18 or over
# same-as-en: already easy read
q-other-age-dont-know = I do not know
# same-as-en: already easy read
q-other-age-error = Choose an age, or "I do not know"
# same-as-en: already easy read
q-other-age-them = How old is the person who caused the harm?
q-other-age-them-hint = Did the person you are telling us about cause the harm? Then tell us about the person they hurt.
# same-as-en: already easy read
q-other-age-them-error = Choose an age, or "I do not know"
# same-as-en: already easy read
q-other-known = Do you know who they are?
# same-as-en: already easy read
q-other-known-yes = Yes
# same-as-en: already easy read
q-other-known-no = No
# same-as-en: already easy read
q-other-known-not-sure = I am not sure
# same-as-en: already easy read
q-other-known-error = Choose yes, no or not sure
# same-as-en: already easy read
q-how-many = How many people caused the harm?
q-how-many-one = 1 person
# same-as-en: already easy read
q-how-many-two-or-three = 2 or 3 people
# same-as-en: already easy read
q-how-many-more-than-three = More than 3 people
# same-as-en: already easy read
q-how-many-dont-know = I do not know
# same-as-en: already easy read
q-how-many-error = Choose how many people
q-how-many-harmed = How many people were hurt or harmed? (you do not have to answer)
q-how-many-harmed-one = 1 person
# same-as-en: already easy read
q-how-many-harmed-two-or-three = 2 or 3 people
# same-as-en: already easy read
q-how-many-harmed-more-than-three = More than 3 people
# same-as-en: already easy read
q-how-many-harmed-dont-know = I do not know
q-vulnerable = Does anyone who is part of this need extra help to take part safely? (you do not have to answer)
q-vulnerable-hint = This might be because of their age, a disability or their mental health.
# same-as-en: already easy read
q-vulnerable-yes = Yes
# same-as-en: already easy read
q-vulnerable-no = No
# same-as-en: already easy read
q-vulnerable-not-sure = I am not sure

step-referral-young-person = When the person who caused the harm is under 18
step-referral-young-person-body =
    Is the person who caused the harm under 18? Then the local youth offending team usually leads.

    The youth offending team is a council team. It works with young people under 18 who broke the law.

    We will talk to them first.

    We will make sure you get the right help.

    You can still send us your details.

## Referral: in your own words, about you

step-referral-own-words = In your own words (you do not have to answer)
# same-as-en: already easy read
q-story = What happened?
# same-as-en: already easy read
q-story-hint = Only tell us what you want to. You can leave this empty.
# same-as-en: already easy read
q-hopes = What would you like to happen?
q-hopes-hint = For example, to ask a question, to have your say, or to hear them say sorry.
# same-as-en: already easy read
q-hopes-them = What would the person like to happen?
q-hopes-them-hint = For example, to ask a question, to have their say, or to hear the other person say sorry.

# same-as-en: already easy read
step-referral-about-you = About you
# same-as-en: already easy read
step-referral-about-you-them = About the person
# same-as-en: already easy read
q-name = What should we call you?
q-name-hint = This can be your first name. Or it can be another name you like to use.
q-name-error = Type the name we should call you
# same-as-en: already easy read
q-name-them = What should we call the person?
q-name-them-hint = This can be their first name. Or it can be another name they like to use.
q-name-them-error = Type the name we should call the person
# same-as-en: already easy read
q-age-band = How old are you?
# same-as-en: already easy read
q-age-band-under-18 = Under 18
# same-as-en: already easy read
q-age-band-18-24 = 18 to 24
# same-as-en: already easy read
q-age-band-25-34 = 25 to 34
# same-as-en: already easy read
q-age-band-35-44 = 35 to 44
# same-as-en: already easy read
q-age-band-45-54 = 45 to 54
# same-as-en: already easy read
q-age-band-55-64 = 55 to 64
# same-as-en: already easy read
q-age-band-65-plus = 65 or over
q-age-band-prefer-not = I do not want to say
q-age-band-error = Choose your age, or "I do not want to say"
q-age-band-them = How old is the person?
q-age-band-them-error = Choose the person's age, or "I do not want to say"

# same-as-en: already easy read
step-referral-under-18 = If you are under 18
step-referral-under-18-body =
    You can take part in restorative justice at any age.

    You do not need a parent to say yes.

    Do you want an adult with you to support you? We will make sure you have one.

    This could be a parent, a carer or a youth worker.

# same-as-en: already easy read
step-referral-under-18-them = If the person is under 18
step-referral-under-18-them-body =
    Anyone can take part in restorative justice, at any age.

    The person does not need a parent to say yes.

    Do they want an adult with them for support? We will make sure they have one.

    This could be a parent, a carer or a youth worker.

## Referral: contacting you safely

# same-as-en: already easy read
step-referral-contact = How to contact you
# same-as-en: already easy read
step-referral-contact-them = How to contact the person
# same-as-en: already easy read
q-contact-ways = How can we contact you?
# same-as-en: already easy read
q-contact-ways-hint = Choose all the ways that are safe for you.
# same-as-en: already easy read
q-contact-ways-phone = Phone call
# same-as-en: already easy read
q-contact-ways-text = Text message
# same-as-en: already easy read
q-contact-ways-email = Email
# same-as-en: already easy read
q-contact-ways-letter = Letter
q-contact-ways-error = Choose at least 1 way to contact you
q-contact-ways-them = How can we contact the person?
q-contact-ways-them-hint = Choose all the ways that are safe for the person.
q-contact-ways-them-error = Choose at least 1 way to contact the person
# same-as-en: already easy read
q-phone = Phone number
q-phone-error = Type a phone number
# same-as-en: already easy read
q-email = Email address
q-email-error = Type an email address
# same-as-en: already easy read
q-address = Address
q-address-error = Type your address
q-address-them = The person's address
q-address-them-error = Type the person's address
# same-as-en: already easy read
q-postcode = Postcode
q-postcode-error = Type your postcode
q-postcode-them = The person's postcode
q-postcode-them-error = Type the person's postcode

step-referral-contact-safety = Contacting you safely
q-voicemail-ok = Is it safe for us to leave a phone message or send a text?
# same-as-en: already easy read
q-voicemail-ok-hint = We will never say what it is about in a message.
# same-as-en: already easy read
q-voicemail-ok-yes = Yes
# same-as-en: already easy read
q-voicemail-ok-no = No
# same-as-en: already easy read
q-voicemail-ok-error = Choose yes or no
# same-as-en: already easy read
q-email-ok = Is it safe for us to email you?
# same-as-en: already easy read
q-email-ok-yes = Yes
# same-as-en: already easy read
q-email-ok-no = No
# same-as-en: already easy read
q-email-ok-error = Choose yes or no
q-email-ok-them = Is it safe for us to email the person?
# same-as-en: already easy read
q-email-ok-them-error = Choose yes or no
q-safe-times = When is it safe to contact you? (you do not have to answer)
q-safe-times-hint = For example, Monday to Friday after 2pm.
q-safe-times-them = When is it safe to contact the person? (you do not have to answer)
q-safe-times-them-hint = For example, Monday to Friday after 2pm.
q-caller-notes = Is there anything we should say, or not say, when we phone? (you do not have to answer)
# same-as-en: already easy read
q-caller-notes-hint = For example, "say you are from the doctor's" or "ask for Sam".

## Referral: your needs, your safety

# same-as-en: already easy read
step-referral-needs = What you need from us
step-referral-needs-them = What the person needs from us
q-language = Which language would you like to use? (you do not have to answer)
q-language-them = Which language would the person like to use? (you do not have to answer)
q-interpreter = Would you like an interpreter? This is a person who speaks your language.
# same-as-en: already easy read
q-interpreter-yes = Yes
# same-as-en: already easy read
q-interpreter-no = No
# same-as-en: already easy read
q-interpreter-error = Choose yes or no
q-interpreter-them = Would the person like an interpreter? This is someone who speaks their language.
# same-as-en: already easy read
q-interpreter-them-error = Choose yes or no
# same-as-en: already easy read
q-bsl = Do you use British Sign Language (BSL)?
# same-as-en: already easy read
q-bsl-yes = Yes
# same-as-en: already easy read
q-bsl-no = No
# same-as-en: already easy read
q-bsl-error = Choose yes or no
q-bsl-them = Does the person use British Sign Language (BSL)?
# same-as-en: already easy read
q-bsl-them-error = Choose yes or no
q-access = Would any of these help you? (you do not have to answer)
q-access-them = Would any of these help the person? (you do not have to answer)
# same-as-en: already easy read
q-access-large-print = Large print
# same-as-en: already easy read
q-access-easy-read = Easy Read
# same-as-en: already easy read
q-access-hearing = Help with hearing
q-access-sight = Help with seeing
# same-as-en: already easy read
q-access-mobility = Help getting around
# same-as-en: already easy read
q-access-learning-disability = Support for a learning disability
q-access-mental-health = Support for mental health
# same-as-en: already easy read
q-support-person = Would you like someone with you to support you?
# same-as-en: already easy read
q-support-person-hint = For example, a friend, family member or support worker.
# same-as-en: already easy read
q-support-person-yes = Yes
# same-as-en: already easy read
q-support-person-no = No
# same-as-en: already easy read
q-support-person-error = Choose yes or no
q-support-person-them = Would the person like someone with them to support them?
# same-as-en: already easy read
q-support-person-them-hint = For example, a friend, family member or support worker.
# same-as-en: already easy read
q-support-person-them-error = Choose yes or no

# same-as-en: already easy read
q-safe-now = Are you safe right now?
# same-as-en: already easy read
q-safe-now-yes = Yes
# same-as-en: already easy read
q-safe-now-no = No
# same-as-en: already easy read
q-safe-now-not-sure = I am not sure
# same-as-en: already easy read
q-safe-now-error = Choose yes, no or not sure
# same-as-en: already easy read
q-safe-now-them = Is the person safe right now?
# same-as-en: already easy read
q-safe-now-them-error = Choose yes, no or not sure

# same-as-en: already easy read
step-referral-not-safe = Getting help now
step-referral-not-safe-body =
    If you are in danger, call 999 now.

    If you cannot speak, call 999 from a mobile phone.

    When you hear a voice, press 55. This tells the police it is a real emergency.

    If it is not an emergency, call the police on 101.

    When you are ready, you can carry on with this form.

    We will take extra care when we contact you.

# same-as-en: already easy read
step-referral-not-safe-them = Getting help now
step-referral-not-safe-them-body =
    If the person is in danger, call 999 now.

    If it is not an emergency, call the police on 101.

    When you are ready, you can carry on with this form.

    We will take extra care when we contact the person.

## Referral: check, consent, send

# same-as-en: already easy read
step-referral-check = Check your answers
step-referral-consent = Saying yes
step-referral-consent-body =
    Taking part is your choice.

    You can stop at any time, even after you send this.

    We will use your answers to contact you. We will use them to plan what happens next.

    We keep your answers safe.

    We only share them when we must. For example, to keep someone safe from harm.
q-consent = Saying yes
q-consent-agree = I say yes. You can use my answers to contact me about restorative justice.
q-consent-error = Tick the box to say yes, so we can contact you
step-referral-consent-them = Sending this form
step-referral-consent-them-body =
    Taking part is always the person's own choice.

    They can stop at any time, even after you send this.

    We will use these answers to contact the person. We may contact you too, if we need to.

    We will use the answers to plan what happens next.

    We keep the answers safe.

    We only share them when we must. For example, to keep someone safe from harm.
q-consent-them = Saying yes
q-consent-them-agree = I say yes. You can use these answers to contact the person about restorative justice. You can contact me too, if you need to.
q-consent-them-error = Tick the box to say yes, so we can contact the person

## Call back

step-call-back-your-details = Your name and phone number
step-call-back-when = When to phone you
q-call-days = Which days are best? (you do not have to answer)
# same-as-en: already easy read
q-call-days-monday = Monday
# same-as-en: already easy read
q-call-days-tuesday = Tuesday
# same-as-en: already easy read
q-call-days-wednesday = Wednesday
# same-as-en: already easy read
q-call-days-thursday = Thursday
# same-as-en: already easy read
q-call-days-friday = Friday
q-call-times = What time of day is best? (you do not have to answer)
# same-as-en: already easy read
q-call-times-morning = Morning
# same-as-en: already easy read
q-call-times-lunchtime = Lunchtime
# same-as-en: already easy read
q-call-times-afternoon = Afternoon
# same-as-en: already easy read
step-call-back-language = Language
q-call-reason = What would you like to talk about? (you do not have to answer)
# same-as-en: already easy read
q-call-reason-hint = A few words are enough. You can leave this empty.
# same-as-en: already easy read
step-call-back-check = Check your answers
step-call-back-consent = Saying yes
step-call-back-consent-body =
    We will only use your phone number to phone you back about restorative justice.

## Withdrawal

# same-as-en: already easy read
step-withdrawal-details = Stop your referral
step-withdrawal-details-body =
    Tell us your reference number.

    Tell us how we can check it is you.

    We will not show you anything about your referral on this page.
# same-as-en: already easy read
q-reference = Your reference number
# same-as-en: already easy read
q-reference-hint = It starts with RJ, like RJ-HK4M-7TWX.
q-reference-error = Type your reference number
# same-as-en: already easy read
q-withdraw-contact = Your phone number or email address
q-withdraw-contact-hint = Use the one you gave us. This helps us check it is you.
q-withdraw-contact-error = Type your phone number or email address
q-withdraw-reason = Why do you want to stop? (you do not have to answer)
# same-as-en: already easy read
q-withdraw-reason-hint = You do not have to tell us.
q-withdraw-confirm = Are you sure?
# same-as-en: already easy read
q-withdraw-confirm-confirm = I want to stop my referral
q-withdraw-confirm-error = Tick the box to show that you want to stop

## Confirmation

sent-referral-title = We got your form
sent-call-back-title = We will phone you back
sent-withdrawal-title = We got your message to stop
# same-as-en: already easy read
sent-reference = Your reference number is
# same-as-en: already easy read
sent-keep-reference = Keep this number safe. You will need it if you contact us about this.
# same-as-en: already easy read
sent-next-heading = What happens next
sent-referral-next = Someone from our team will contact you by { $date }. We will contact you in the way you told us is safe.
# same-as-en: already easy read
sent-call-back-next = We will phone you by { $date }.
sent-withdrawal-next = We will stop working on your referral. If it is safe to contact you, we will tell you by { $date }.
# same-as-en: already easy read
sent-contact-heading = Contact us
# same-as-en: already easy read
sent-withdraw-heading = If you change your mind
# same-as-en: already easy read
sent-withdraw-text = You can stop at any time.
# same-as-en: already easy read
sent-withdraw-link = Stop your referral
sent-support-heading = Help while you wait
sent-support-text =
    You can get free help from Victim Support at any time.

    You can get this help whether you take part in restorative justice or not.

    In an emergency, call 999.
sent-print = Write down your reference number, or print this page. Then you have a record of it.
sent-equality-heading = Help us be fair (you do not have to)
sent-equality-text =
    Some questions about you help us check that we are fair to everyone.

    We keep your answers apart from your referral.
sent-equality-link = Answer the questions about being fair
# same-as-en: already easy read
sent-home-link = Go to the home page

## Equality monitoring

# same-as-en: already easy read
step-referral-equality = Help us be fair
step-referral-equality-body =
    You do not have to answer these questions.

    We keep your answers apart from your referral.

    We only use them to count how many people we help.
# same-as-en: already easy read
q-eq-age = How old are you?
# same-as-en: already easy read
q-eq-age-under-18 = Under 18
# same-as-en: already easy read
q-eq-age-18-24 = 18 to 24
# same-as-en: already easy read
q-eq-age-25-34 = 25 to 34
# same-as-en: already easy read
q-eq-age-35-44 = 35 to 44
# same-as-en: already easy read
q-eq-age-45-54 = 45 to 54
# same-as-en: already easy read
q-eq-age-55-64 = 55 to 64
# same-as-en: already easy read
q-eq-age-65-plus = 65 or over
q-eq-age-prefer-not = I do not want to say
# same-as-en: already easy read
q-eq-sex = What is your sex?
# same-as-en: already easy read
q-eq-sex-female = Female
# same-as-en: already easy read
q-eq-sex-male = Male
q-eq-sex-prefer-not = I do not want to say
q-eq-gender-same = Is your gender the same as the sex written down when you were born?
# same-as-en: already easy read
q-eq-gender-same-yes = Yes
# same-as-en: already easy read
q-eq-gender-same-no = No
q-eq-gender-same-prefer-not = I do not want to say
q-eq-ethnicity = What is your ethnic group? This means your family background.
# same-as-en: official census group name
q-eq-ethnicity-white-british = White: English, Welsh, Scottish, Northern Irish or British
# same-as-en: official census group name
q-eq-ethnicity-white-irish = White: Irish
# same-as-en: official census group name
q-eq-ethnicity-white-gypsy-traveller = White: Gypsy or Irish Traveller
# same-as-en: official census group name
q-eq-ethnicity-white-roma = White: Roma
# same-as-en: official census group name
q-eq-ethnicity-white-other = White: any other White background
# same-as-en: official census group name
q-eq-ethnicity-mixed-white-black-caribbean = Mixed: White and Black Caribbean
# same-as-en: official census group name
q-eq-ethnicity-mixed-white-black-african = Mixed: White and Black African
# same-as-en: official census group name
q-eq-ethnicity-mixed-white-asian = Mixed: White and Asian
# same-as-en: official census group name
q-eq-ethnicity-mixed-other = Mixed: any other mixed or multiple background
# same-as-en: official census group name
q-eq-ethnicity-asian-indian = Asian or Asian British: Indian
# same-as-en: official census group name
q-eq-ethnicity-asian-pakistani = Asian or Asian British: Pakistani
# same-as-en: official census group name
q-eq-ethnicity-asian-bangladeshi = Asian or Asian British: Bangladeshi
# same-as-en: official census group name
q-eq-ethnicity-asian-chinese = Asian or Asian British: Chinese
# same-as-en: official census group name
q-eq-ethnicity-asian-other = Asian or Asian British: any other Asian background
# same-as-en: official census group name
q-eq-ethnicity-black-african = Black, Black British, Caribbean or African: African
# same-as-en: official census group name
q-eq-ethnicity-black-caribbean = Black, Black British, Caribbean or African: Caribbean
# same-as-en: official census group name
q-eq-ethnicity-black-other = Black, Black British, Caribbean or African: any other background
# same-as-en: official census group name
q-eq-ethnicity-other-arab = Other ethnic group: Arab
# same-as-en: official census group name
q-eq-ethnicity-other-any = Any other ethnic group
q-eq-ethnicity-prefer-not = I do not want to say
q-eq-disability = Do you have a disability, or a health condition that lasts a long time?
# same-as-en: already easy read
q-eq-disability-yes = Yes
# same-as-en: already easy read
q-eq-disability-no = No
q-eq-disability-prefer-not = I do not want to say

## Too many tries

# same-as-en: already easy read
busy-title = Please wait a moment
busy-text =
    We have had a lot of answers from your internet connection in a short time.

    Please wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Then try again.
busy-back = Use the Back button in your browser to go back to your answers. They are still there.

## Our database is not answering

store-down-title = We cannot save your answers right now
store-down-text =
    There is a problem on our side.

    We still have your answers from the pages before.

    Your browser still has what you typed on the page you were on.

    Use the Back button in your browser to go back to that page.

    Then try again in a few minutes.

    If it keeps happening, call us on { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = Tell us what you think about our help
feedback-intro = Thank you for taking part. Your answers help us do better for other people. We do not put your name with your answers. We only add them up with other people's answers.
feedback-prefer-not = You can choose "I do not want to say" for any question.
q-fb-service = How happy are you with the help we gave you?
q-fb-service-very-satisfied = Very happy
q-fb-service-satisfied = Happy
q-fb-service-neither = In the middle
q-fb-service-dissatisfied = Not happy
q-fb-service-very-dissatisfied = Not happy at all
q-fb-service-prefer-not = I do not want to say
q-fb-service-error = Choose how happy you are, or "I do not want to say"
q-fb-outcome = How happy are you with how things ended?
q-fb-outcome-very-satisfied = Very happy
q-fb-outcome-satisfied = Happy
q-fb-outcome-neither = In the middle
q-fb-outcome-dissatisfied = Not happy
q-fb-outcome-very-dissatisfied = Not happy at all
q-fb-outcome-prefer-not = I do not want to say
q-fb-outcome-error = Choose how happy you are, or "I do not want to say"
q-fb-safety = How safe do you feel now, compared to before you took part?
q-fb-safety-better = I feel safer now
q-fb-safety-same = The same as before
q-fb-safety-worse = I feel less safe now
q-fb-safety-prefer-not = I do not want to say
q-fb-safety-error = Choose an answer, or "I do not want to say"
q-fb-wellbeing = How do you feel in general now, compared to before you took part?
q-fb-wellbeing-better = I feel better now
q-fb-wellbeing-same = The same as before
q-fb-wellbeing-worse = I feel worse now
q-fb-wellbeing-prefer-not = I do not want to say
q-fb-wellbeing-error = Choose an answer, or "I do not want to say"
q-fb-coping = How well can you deal with what happened, compared to before you took part?
q-fb-coping-better = I can deal with it better now
q-fb-coping-same = The same as before
q-fb-coping-worse = I find it harder now
q-fb-coping-prefer-not = I do not want to say
q-fb-coping-error = Choose an answer, or "I do not want to say"
q-fb-confidence = How much do you trust the police and the courts, compared to before you took part?
q-fb-confidence-better = I trust them more now
q-fb-confidence-same = The same as before
q-fb-confidence-worse = I trust them less now
q-fb-confidence-prefer-not = I do not want to say
q-fb-confidence-error = Choose an answer, or "I do not want to say"
feedback-gone-title = This link does not work any more
feedback-gone-text = Each link to this form only works one time. It only works for a few weeks. Do you still want to tell us what you think? Call us on { $phone }.
feedback-thanks-title = Thank you for telling us
feedback-thanks-text = We got your answers. They help us do better for the next person who needs us.
