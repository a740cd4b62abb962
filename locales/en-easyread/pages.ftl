# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = We last changed this page on:
hours-text =
    We are open Monday to Friday, from { $opens } to { $closes }.

    We can meet in the evening or at the weekend if you need us to.
read-next = What to read next
# same-as-en: already easy read
about-nav-label = About restorative justice

## Home page

home-summary = We help people hurt by a crime. You can talk to the person who hurt you, or send them a message. A trained helper keeps it safe. It does not matter what the crime was, or when it happened.
home-ways-heading = Ways to start
home-way-refer = Fill in our form for you or someone else
home-way-refer-text =
    Answer some short questions on this website.

    You can stop at any time.
home-way-call = Ask us to phone you
home-way-call-text =
    Tell us when it is safe to phone you.

    Then we will phone you.
# same-as-en: already easy read
home-way-read = Read more about restorative justice
# same-as-en: already easy read
home-way-read-text = Find out what it is, how it works and who can take part.
home-more-heading = Find out more about us

## What is restorative justice

# same-as-en: already easy read
what-title = What is restorative justice?
what-intro =
    Restorative justice helps people who were hurt by a crime.

    It is a safe way to talk to the person who caused the harm.
what-idea-heading = What it is for
what-idea-1 =
    A crime hurts people.

    The person who was hurt often has questions.

    Only the person who caused the harm can answer them.

    For example: Why me? Was it planned? Will it happen again?
what-idea-2 =
    Restorative justice lets you ask those questions.

    You can also say how the crime has changed your life.

    The person who caused the harm must listen to you.

    They must face what they did.
what-idea-3 =
    A trained helper looks after everything. This person is called a facilitator.

    The facilitator helps everyone talk safely.

    The facilitator does not take sides.

    Their job is to keep everyone safe.

    They make sure everyone listens to each person.
what-meeting-heading = What happens at a meeting
what-meeting-1 =
    At a meeting, you meet the person who caused the harm.

    The facilitator is in the room with you.

    A meeting like this is sometimes called a conference.
what-meeting-l1 = The meeting is in a safe place that suits you.
what-meeting-l2 = You can bring a friend or someone from your family to support you.
what-meeting-l3 = First, everyone agrees the rules. For example, people take turns to speak.
what-meeting-l4 = You can have a break, or stop, at any time.
# same-as-en: already easy read
what-indirect-heading = If you do not want to meet
what-indirect-1 =
    You do not have to meet the person.

    You can still talk to them in other ways:
what-indirect-l1 = The facilitator can take messages between you and the other person. This is sometimes called shuttle mediation.
what-indirect-l2 = You can write a letter to them. Or they can write a letter to you.
what-indirect-l3 = You can record a message. It can be a video, or just sound.
what-indirect-2 =
    Many people start with a letter or messages.

    Some people decide to meet later.

    Some people do not, and that is fine.
what-agreement-heading = Making a plan: an outcome agreement
what-agreement-1 =
    At the end of a meeting, people may agree what happens next.

    For example, the person who caused the harm may agree to do things.

    They may say sorry in a letter.

    They may fix damage they did.

    They may get help with drink or drugs.
what-agreement-2 =
    This plan is written down. It is called an outcome agreement.

    Everyone must agree to the plan.

    Later, we check that people do what they promised.

    We tell you how it went.
what-funder-heading = Who pays for us
what-funder-text =
    The West Midlands Police and Crime Commissioner pays for { $service }.

    The Police and Crime Commissioner is a person the public votes for.

    They check how the police work in the West Midlands.

    Part of their job is to pay for help for people hurt by crime.

## How it works

how-title = What happens, step by step
how-intro =
    This page tells you what happens after you contact us.

    You can stop at any step. Just tell us.
how-s1-heading = Step 1: You contact us
how-s1-text =
    You can fill in our form on this website.

    Or you can ask us to phone you. Or you can phone us or email us.

    Someone else can ask us to help you, if you agree. This is called a referral.

    You do not need to have told the police about the crime.
# same-as-en: already easy read
how-s2-heading = Step 2: We contact you
how-s2-text =
    We will contact you within 5 working days.

    Working days are Monday to Friday. Bank holidays do not count.

    We only phone or write to you in the way you told us is safe.

    We tell you how we can help. We answer your questions.

    You do not have to go on. There is no pressure.
# same-as-en: already easy read
how-s3-heading = Step 3: We get ready together
how-s3-text =
    A facilitator meets you. A facilitator is a person who helps you talk safely.

    You may meet the facilitator more than once.

    They ask what you hope for. They ask what worries you.

    They also meet the other person.

    They check that the other person is ready to take part honestly.
how-s3-safety = Before anything happens, the facilitator checks that it is safe. This is called a risk check. If it is not safe, it does not happen.
how-s3-time = Getting ready can take a few weeks. Sometimes it takes a few months. We go at a speed that is right for you.
how-s4-heading = Step 4: A meeting, or messages
how-s4-text =
    When everyone is ready, you meet the other person. The facilitator is there too.

    Or you can send messages, letters or a recording instead.

    You choose.
how-s5-heading = Step 5: After the meeting or messages
how-s5-text =
    The facilitator keeps in touch with you afterwards.

    Did you make an agreement? Then we check that people keep to it.

    We can also help you find other support.
# same-as-en: already easy read
how-stop-heading = You can stop at any time
how-stop-text =
    You can change your mind at any step.

    You can even change your mind on the day of a meeting.

    You do not have to say why.

    Stopping will not change any court case.

    It will not change any other help you get.
# same-as-en: already easy read
how-long-heading = How long it takes
how-long-l1 = We contact you: within 5 working days.
how-long-l2 = Getting ready: often a few weeks. Sometimes a few months.
how-long-l3 = A meeting: often 1 or 2 hours.
how-long-l4 = Keeping in touch after: for as long as you need.

## Who can take part

# same-as-en: already easy read
who-title = Who can take part
who-intro =
    Restorative justice helps people talk safely after a crime.

    It is for anyone hurt by a crime.

    It is also for people who caused harm.
who-harmed-heading = People hurt by a crime
who-harmed-text =
    You can take part if a crime has hurt you.

    Your family can take part too. For example, your partner, parent or child.
who-bereaved-text =
    Did someone you love die because of a crime? Then you can take part.

    This includes partners, parents, children, brothers and sisters.
# same-as-en: already easy read
who-caused-heading = People who caused harm
who-caused-text =
    Did you cause harm? You can ask us about restorative justice.

    It can only happen if the person you hurt says yes.

    We ask them. We respect their answer.
who-young-heading = Young people under 18
who-young-text =
    People under 18 can take part.

    You do not need an adult to say yes. But we will make sure you have support.

    Is the person who caused the harm under 18? Then we work with the local Youth Offending Team.

    The Youth Offending Team is a council team. It works with young people under 18 who broke the law.
# same-as-en: already easy read
who-crime-heading = Any crime, at any time
who-crime-l1 = It can be any crime. Some cases need staff with extra training. These are serious or sexual violence, domestic abuse and hate crime. Also cases where someone needs extra protection, or could be hurt again.
who-crime-l2 = It can be before, during or after a court case.
# same-as-en: already easy read
who-crime-l3 = There is no time limit. The crime may have happened years ago.
# same-as-en: already easy read
who-crime-l4 = You do not need to have told the police.
who-everyone-heading = We help everyone
who-everyone-text =
    We help people from any country.

    We help you even without the right to live in the UK.

    We treat everyone fairly.

    We can get you a free interpreter at every step.

    An interpreter is a person who speaks your language and helps you talk to us.
# same-as-en: already easy read
who-area-heading = Where we work
who-area-text =
    We work in Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall and Wolverhampton.

    Do you live somewhere else? Please still contact us.

    We will help you find the right service.
who-not-heading = When another service may be better
who-not-text =
    Do you have a problem with a neighbour, but there was no crime?

    Then your council or housing provider may help you sort it out. A housing provider is, for example, a housing association.

    We can tell you who to ask.

## Is it safe?

# same-as-en: already easy read
safe-title = Is it safe?
safe-intro =
    Your safety is the most important thing, at every step.

    Here is how we keep you safe.
# same-as-en: already easy read
safe-choice-heading = It is your choice
safe-choice-text =
    You decide if you take part.

    Nobody can make you do it.

    You can say no. You can stop at any time.

    You do not have to say why.
# same-as-en: already easy read
safe-check-heading = We check it is safe first
safe-check-text =
    Before anyone meets, the facilitator checks carefully that it is safe. This is called a risk check.

    A facilitator is a person who helps you talk safely.

    The facilitator talks to each person.

    They look at what happened.

    They check if anyone could be hurt again.
safe-staff-heading = Our staff are trained
safe-staff-text =
    Our facilitators are trained in restorative justice.

    Some cases need staff with extra training.

    For example, serious or sexual violence, domestic abuse and hate crime.

    Also cases where someone needs extra protection, or could be hurt again.

    Also cases where the harm went on for a long time.
safe-support-heading = Help before, during and after
safe-support-l1 = Before: the facilitator helps you get ready. They plan each step with you.
safe-support-l2 = During: you can bring someone to support you. You can have a break or stop.
safe-support-l3 = After: we keep in touch. We can help you find other support.
safe-not-heading = If it is not right to go on
safe-not-text =
    Sometimes we decide it is not safe to go on. Or we decide it is not right.

    Then we will tell you kindly.

    We will explain why, as much as we can.

    We will help you find other support.
safe-private-heading = We keep your details private
safe-private-text =
    We never give your address or phone number to the other person.

    We only pass on what you say we can.

    The only time we pass on more is if someone is in danger.

## Myths and facts

myths-title = Wrong ideas and the facts
myths-intro =
    Restorative justice helps people talk safely after a crime.

    Lots of people have the wrong idea about it.

    Here are some wrong ideas people often have. And here are the facts. A fact is something that is true.
myths-soft-q = Wrong idea: it is easy for the person who caused the harm.
myths-soft-a = Fact: it is not easy. Facing the person you hurt is hard. Many people who caused harm say it is harder than going to court.
myths-forgive-q = Wrong idea: you have to forgive.
# same-as-en: already easy read
myths-forgive-a = Fact: you do not have to forgive anyone. You can say how you really feel, in a safe way.
myths-court-q = Wrong idea: it happens instead of a court case.
myths-court-a = Fact: it happens as well as the police and courts, not instead of them. It can happen before, during or after a court case.
myths-minor-q = Wrong idea: it is only for small crimes.
myths-minor-a = Fact: it can help after any crime, even very serious crimes. For serious crimes, we use staff with extra training. We do this too when someone needs extra protection or is at risk. We take extra care.
myths-meet-q = Wrong idea: you have to meet the person.
myths-meet-a = Fact: you do not have to meet. You can send messages, a letter or a recording instead.
myths-offender-q = Wrong idea: it is mainly to help the person who did the crime.
myths-offender-a = Fact: it is mainly for the person who was hurt. It goes at their speed. It only happens if they want it to.
myths-late-q = Wrong idea: it is too late if the crime was long ago.
# same-as-en: already easy read
myths-late-a = Fact: there is no time limit. Some people take part many years after the crime.
myths-cost-q = Wrong idea: you have to pay.
myths-cost-a = Fact: it is free. You do not pay anything.

## If you caused harm

# same-as-en: already easy read
harm-title = If you caused harm
harm-intro =
    Restorative justice helps people talk safely after a crime.

    Did you hurt someone through a crime?

    Restorative justice can help you face what you did.

    It can help you try to put things right.
harm-what-heading = How it can help you
harm-what-text =
    You can hear how what you did hurt the other person.

    You can answer their questions.

    You can say sorry, if you mean it.

    Many people say this helps them move on and stay out of trouble.
harm-expect-heading = What will happen
harm-expect-l1 = First, a facilitator meets you, maybe a few times. A facilitator is a trained person who helps people talk safely. They help you get ready.
harm-expect-l2 = They check that you accept that what you did was wrong. You do not need to know all the right words.
harm-expect-l3 = If the other person says yes, you may meet them. Or you may write to them, or send messages to each other.
harm-expect-l4 = You can bring someone to support you. You can stop at any time.
harm-limits-heading = What we cannot promise
harm-limits-l1 = It is not a way to get a lighter sentence. A sentence is the punishment a court gives. It can happen before the court gives a sentence. The court may wait so that it can happen. But we cannot promise anything about court, prison or probation.
harm-limits-l2 = The other person may say no. That is their right. We will not give you their details.
# same-as-en: already easy read
harm-limits-l3 = It is about the person you hurt. It only happens if it is right for them.
harm-limits-text =
    If they say no, we will tell you kindly.

    We can talk with you about what else might help.
# same-as-en: already easy read
harm-start-heading = How to start
harm-start-text =
    You can contact us yourself.

    Or you can ask someone to send us your details. This is called a referral.

    This could be your probation officer, youth worker or prison staff.

    We will talk it through with you first.
harm-start-link = Fill in our form

## For professionals

pro-title = For workers
pro-intro =
    This page is for workers who want to send someone to us.

    For example, police, probation, victim services, youth offending teams and prisons.
pro-who-heading = Who can send someone to us
pro-who-text =
    Any worker can send someone to us. This is called a referral.

    They can refer someone hurt by a crime. Or someone who caused harm.

    This includes police, probation, victim care, youth offending teams, community safety teams, prisons, health, housing and charities.
pro-consent-heading = Ask the person first
pro-consent-text =
    Ask the person first.

    Tell them what restorative justice is. Tell them that we will contact them.

    Are you a police officer? Have you not asked the person yet? You can still send them to us.

    Fill in the form. Or call us on { $phone }.

    We will contact the person first. We will ask them if they want our help.
pro-how-heading = How to send someone to us
pro-how-text =
    Use the same form on this website as everyone else.

    At the start, choose that you are filling it in for someone else.

    You can also phone us on { $phone }. Or you can email { $email }.
pro-how-link = Fill in the form for someone
pro-info-heading = What it helps us to know
# same-as-en: already easy read
pro-info-l1 = How and when we can contact the person safely.
pro-info-l2 = If they need a different language, an interpreter, or other help to take part.
# same-as-en: already easy read
pro-info-l3 = What happened, and the crime number if there is one.
pro-info-l4 = What is happening with the case now. For example, waiting for court, or after the sentence.
pro-info-l5 = Any risks we should know about. For example, domestic abuse or threats.
# same-as-en: already easy read
pro-info-l6 = Details of the other person, if you know them.
pro-after-heading = What we tell you after
pro-after-text =
    We will tell you when we have contacted the person.

    We will tell you how the case is going.

    We do not share what people tell us in private.

    We only share it if they agree, or if someone is at risk.
# same-as-en: already easy read
pro-young-heading = Young people who caused harm
pro-young-text =
    Is the person who caused the harm under 18? Then we talk to the local Youth Offending Team first.

    The Youth Offending Team is a council team. It works with young people under 18 who broke the law.

    They usually run restorative justice for young people.
pro-leaflet-heading = Leaflets to print
pro-leaflet-text =
    You can print our leaflet in each of our languages. The leaflet is 1 page.

    You can give it to people, or put it on a wall.

## What the evidence says

evidence-title = What research tells us
evidence-intro =
    Restorative justice helps people talk safely after a crime.

    Experts have studied it carefully in England and Wales.

    Here is what they found.
# same-as-en: already easy read
evidence-satisfied-heading = Most victims are glad they took part
evidence-satisfied-text =
    Research for the Ministry of Justice asked victims some questions. The Ministry of Justice is part of the government.

    These victims had met the person who hurt them. A meeting like this is called a conference.

    85 out of every 100 of them said they were satisfied. This means they were pleased with it.
evidence-crime-heading = Less crime after
evidence-crime-text =
    The same research looked at crime afterwards.

    It looked at people who caused harm.

    People who caused harm and took part did less crime than similar people who did not take part.

    They did about 14 fewer crimes for every 100.
# same-as-en: already easy read
evidence-aware-heading = Few people know about it
evidence-aware-text =
    In 2016, a survey asked people some questions. A survey is when lots of people answer the same questions.

    Only 28 out of every 100 people had heard of restorative justice.

    Most people said victims should have the right to meet the person who hurt them.
evidence-limits = Research shows what usually happens. It cannot tell you what will happen for you.
# same-as-en: already easy read
evidence-sources-heading = Where these numbers come from
evidence-src-1 = Joanna Shapland and others. Research for the Ministry of Justice on 3 restorative justice schemes (2007 and 2008).
evidence-src-2 = West Midlands Police and Crime Commissioner, decision notice 009/2015. It uses the same numbers.
# same-as-en: a proper name (the title of a source)
evidence-src-3 = A survey by Ipsos MORI for the Restorative Justice Council (2016).

## Other support

support-title = Other help
support-intro =
    Other services can help you too.

    Taking part in restorative justice never stops you using them.
# same-as-en: already easy read
support-police-heading = The police
# same-as-en: already easy read
support-police-999 = In an emergency, call 999.
support-police-55 = If you cannot speak, call 999 from a mobile phone. When you are asked, press 55. This is called the Silent Solution.
support-police-101 = To tell the police about a crime that is not an emergency, call 101.
support-victims-heading = Help for people hurt by crime
support-vs-text =
    Victim Support helps anyone hurt by a crime. Their help is free.

    They help you even if nobody told the police.

    Call them for free on 08 08 16 89 111.
# same-as-en: already easy read
support-abuse-heading = Domestic abuse and sexual violence
support-da-text =
    Domestic abuse is when a partner, ex-partner or family member hurts or controls you.

    The National Domestic Abuse Helpline can help. The call is free.

    They are open day and night. Call 0808 2000 247.
support-rc-text =
    Rape Crisis helps people after rape or sexual abuse.

    It does not matter how long ago it happened.

    Their website shows the ways you can contact them.
support-feelings-heading = If you feel sad or want to talk
support-sam-text =
    Samaritans will listen to you, any time of the day or night.

    Call them for free on 116 123.
support-young-heading = Young people under 18
support-yot-text =
    Every council has a Youth Offending Team.

    This team works with young people under 18. These young people have been in trouble with the law.

    It often runs restorative justice for them.

    Your council can help you contact them.
# same-as-en: already easy read
support-elsewhere-heading = If you live outside the West Midlands
support-elsewhere-text =
    There are restorative justice services across England and Wales.

    The Restorative Justice Council has a list of them.

    Your local Police and Crime Commissioner can also tell you about a service near you.

    The Police and Crime Commissioner is a person the public votes for. They check how the police work.
support-links-heading = Their websites
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

online-title = Staying safe on the internet
online-intro =
    Does someone check your phone or computer?

    They may see that you were on this website.

    Here are ways to keep yourself safe.
online-exit-heading = What the leave button does
online-exit-does = The "{ quick-exit }" button takes you straight to a weather website. You can also press the Shift key 3 times. It deletes any answers you started on our form. It also deletes our cookie, a small file on your device.
online-exit-doesnt = It does not delete your browser history. This is the list of websites you visited. Someone could still see that you came here. So please read the tips below.
online-private-heading = Use a private window
online-private-text =
    Your browser is the app you use to look at websites.

    A private window does not keep a list of the pages you visit.

    Open a private window before you visit us:
online-private-chrome = Chrome: open the menu. Then choose "New Incognito window".
online-private-edge = Edge: open the menu. Then choose "New InPrivate window".
online-private-firefox = Firefox: open the menu. Then choose "New private window".
online-private-safari = Safari: open the File menu. Then choose "New Private Window".
online-history-heading = Delete your history
online-history-text =
    Did you not use a private window?

    Then you can delete this website from your history.
online-history-windows = On a Windows computer, in Chrome, Edge or Firefox: press Ctrl, Shift and Delete together. Then choose what to delete.
online-history-mac = On a Mac, in Safari: open the History menu. Then choose "Clear History".
online-history-iphone = On an iPhone: open Settings, then Safari. Then choose "Clear History and Website Data".
online-history-android = On an Android phone, in Chrome: tap the 3 dots, then History. Then tap "Delete browsing data".
online-history-care = Someone who checks may notice if you delete all your history. You may want to delete only the pages from this website.
online-device-heading = Use a safer phone or computer
online-device-text =
    Use a phone or computer that the other person cannot get to. This is the safest way.

    For example, a friend's phone, a computer at work, or a computer at a library.
# same-as-en: already easy read
online-other-heading = Other things to check
online-other-l1 = Emails and texts: delete any from us that you do not want anyone to see. Then empty your deleted items.
online-other-l2 = Shared accounts: do you share a Google, Apple or Microsoft account? Then your history may show on other phones or computers.
online-other-l3 = Phone calls: our number may show in your list of calls. You can delete it.
online-other-l4 = Spy software watches what you do on your phone. Do you think someone put it on your phone? Then use a different phone to contact us or the police.

## Questions people ask

# same-as-en: already easy read
faq-title = Questions people ask
faq-intro =
    Here are short answers to questions people often ask.

    Most answers have a link to a page with more information.
# same-as-en: already easy read
faq-what-q = What is restorative justice?
faq-what-a = It helps people hurt by a crime. It is a safe way to talk to the person who hurt you. A trained helper is there with you.
faq-cost-q = Do I have to pay?
faq-cost-a = No. It is free. You do not pay anything.
# same-as-en: already easy read
faq-police-q = Do I need to have told the police?
faq-police-a = No. You can come to us if you told the police, and if you did not.
# same-as-en: already easy read
faq-meet-q = Do I have to meet the person who hurt me?
faq-meet-a = No. You can send messages, a letter or a recording instead. Or you can decide not to take part at all.
# same-as-en: already easy read
faq-stop-q = Can I change my mind?
faq-stop-a = Yes. You can change your mind at any time, even on the day. You do not have to say why.
# same-as-en: already easy read
faq-safe-q = How do you keep me safe?
faq-safe-a = A facilitator checks that it is safe before anything happens. A facilitator is a trained person who helps people talk safely. If it is not safe, it does not happen.
# same-as-en: already easy read
faq-long-q = How long does it take?
faq-long-a = We contact you within 5 working days. Getting ready often takes a few weeks. It can take longer. We go at a speed that is right for you.
# same-as-en: already easy read
faq-old-q = The crime was years ago. Can I still take part?
# same-as-en: already easy read
faq-old-a = Yes. There is no time limit.
faq-forgive-q = Do I have to forgive the person?
faq-forgive-a = No. You can say how you really feel about it.
faq-sentence-q = Will it change the sentence from the court?
faq-sentence-a = A sentence is the punishment a court gives. Restorative justice is not a way to get a lighter sentence. A court may wait before it gives a sentence. This is so that restorative justice can happen first. But restorative justice does not replace the court. We cannot promise anything about a sentence.
# same-as-en: already easy read
faq-language-q = Can I have an interpreter?
faq-language-a = Yes. An interpreter is a person who helps you talk in your own language. We can get you one for free at every step. This includes British Sign Language (BSL).
faq-refer-q = Can I ask for help for someone else?
faq-refer-a = Yes, if they agree. Workers, like police and probation, use the same form.
# same-as-en: already easy read
faq-work-q = Does it work?
faq-work-a = Research for the Ministry of Justice asked victims about it. The Ministry of Justice is part of the government. These victims had met the person who hurt them. A meeting like this is called a conference. 85 out of every 100 of these victims were satisfied. This means they were pleased with it.
faq-data-q = What do you do with my information?
faq-data-a = We only use it to help you. We keep it safe. We do not share it without a good reason.
# same-as-en: already easy read
faq-online-q = Can someone see that I visited this website?
faq-online-a = They might. Our page about staying safe on the internet tells you how to hide your visit.
# same-as-en: already easy read
faq-help-q = Where else can I get help?
faq-help-a = Many other services can help. Taking part here never stops you using them.

## Privacy notice

privacy-title = How we use your information
privacy-intro =
    This page tells you what we do with information about you.

    It also tells you your rights.

    The law protects your information. The laws are called the UK GDPR and the Data Protection Act 2018.
privacy-who-heading = Who is in charge of your information
privacy-who-text =
    { $controller } is in charge of your information.

    The law calls this the data controller.

    It means they decide how your information is used. They must keep it safe.

    Their address is { $address }.
privacy-ico-text =
    The Information Commissioner's Office (ICO) makes sure organisations follow the law about personal information.

    The ICO keeps a list of organisations. The number on this list for the data controller is { $ico }.
privacy-contact-text = Do you want to ask about your information? Email { $email } or call { $phone }.
privacy-collect-heading = What information we keep
# same-as-en: already easy read
privacy-collect-l1 = Your name, and how to contact you safely.
privacy-collect-l2 = What happened, and what is happening with any court case.
privacy-collect-l3 = Information about the other person, if you give it to us.
privacy-collect-l4 = What you need from us. For example, an interpreter, or help to get around.
privacy-collect-l5 = Notes of our phone calls and meetings with you.
privacy-special-text =
    Some of this information is extra private.

    It may be about your health, your race, your religion, your sex life, or a crime.

    The law calls this special category data and criminal offence data.

    We take extra care with it.
privacy-why-heading = Why we use your information
privacy-why-text =
    We only use your information to give you restorative justice.

    This means we use it to contact you and to check it is safe.

    We use it to set up a meeting or messages. We use it to keep in touch after.

    We also count our cases to report on our work. We take the names out first.
privacy-basis-heading = Why the law lets us use it
privacy-basis-text =
    The law says we need a good reason to use your information.

    The law calls this a lawful basis.

    Our reasons are:
privacy-basis-l1 = Public task: we run this service for the public. Public money pays for it.
privacy-basis-l2 = For extra private information: you clearly say yes, or there is a strong public reason. For example, to keep people safe.
privacy-basis-l3 = Vital interests: only if someone's life is in danger.
privacy-share-heading = Who we share your information with
privacy-share-text =
    We never sell your information.

    We only share it:
privacy-share-l1 = with the other person in your case. But only what you say we can pass on.
# same-as-en: already easy read
privacy-share-l2 = with a support service, if you ask us to.
privacy-share-l3 = with the police or others, if someone is in danger. Or if a child or adult needs to be kept safe.
privacy-share-l4 = with the person or group who sent you to us. We tell them how things are going. We do not tell them what you said.
privacy-share-l5 = with companies that run our computer systems. They must keep your information safe. They can only use it in the way we say.
privacy-keep-heading = How long we keep your information
privacy-keep-text =
    Did you start our form but not finish it? Then we delete your answers within a few hours.

    We keep notes about your case only as long as we need them.

    Then we delete them safely.

    Ask us if you want to know how long.
privacy-rights-heading = Your rights: what you can ask us to do
privacy-rights-l1 = You can ask to see the information we have about you.
privacy-rights-l2 = You can ask us to fix information that is wrong.
privacy-rights-l3 = You can ask us to delete your information. Sometimes we must keep it. Then we will tell you why.
privacy-rights-l4 = You can ask us to stop using your information, or to use it less.
privacy-rights-l5 = You can take back your consent at any time. Consent means you said yes.
privacy-rights-text =
    To use any of these rights, contact us.

    It is free.

    We will reply within 1 month.
privacy-complain-heading = If you are not happy
privacy-complain-text =
    Are you unhappy with how we use your information? Please tell us first.

    You can also complain to the ICO.

    The ICO helpline is 0303 123 1113.
# same-as-en: already easy read
privacy-ico-link = Complain to the ICO

## Cookies

# same-as-en: already easy read
cookies-title = Cookies
cookies-intro =
    Cookies are small files. A website puts them on your phone or computer.

    We use as few cookies as we can.
# same-as-en: already easy read
cookies-reading-heading = If you only read our pages
cookies-reading-text = We do not put any cookies on your phone or computer.
# same-as-en: already easy read
cookies-form-heading = If you start our form
cookies-form-text =
    We use 1 cookie. It helps the form remember your answers as you go from page to page.

    The form cannot work without it. So we do not ask you first.
cookies-form-name = Its name is rj_session. On a secure connection, its name is __Host-rj_session.
cookies-form-what = What is in it: a random code. The code links you to your answers. Your name and your answers are not in it.
cookies-form-how-long = How long it lasts: until you close your browser. We delete your answers from our computer a few hours after you stop.
cookies-none-heading = We do not track you
cookies-none-text =
    We do not use cookies to count visitors or to show adverts.

    No other company puts cookies on your phone or computer through our website.
cookies-exit-text = The "{ quick-exit }" button deletes our cookie. It does this straight away.

## Accessibility statement

access-title = Making this website easy to use
access-intro =
    This page is about how easy this website is to use.

    We want as many people as possible to be able to use it.
# same-as-en: already easy read
access-using-heading = Using this website
# same-as-en: already easy read
access-using-text = You should be able to:
access-using-l1 = change the colours and the style of the letters, using your own settings
access-using-l2 = make the page 4 times bigger and still read all the words
access-using-l3 = use all of the website with just a keyboard
access-using-l4 = use a screen reader, such as NVDA, JAWS or VoiceOver. A screen reader reads the screen out loud.
access-using-l5 = use the website with JavaScript turned off. JavaScript is a kind of computer code.
access-using-l6 =
    read it in { $languages ->
        [one] { $languages } language
       *[other] { $languages } languages
    }. One of them is Easy Read English.
access-plain = We have also made the words as easy to read as we can.
access-status-heading = How well this website follows the rules
access-status-text =
    The rules are called the Web Content Accessibility Guidelines (WCAG), version 2.2.

    This website follows most of the rules at level AA.

    It does not follow all of them yet, because of the problems below.
# same-as-en: already easy read
access-known-heading = Problems we know about
access-known-l1 = An expert translator has not checked most of our translations yet. Each of those pages says so. We can get an interpreter for any language.
access-known-l2 = A screen reader cannot read the code on the printed leaflet. The website address is printed next to it.
# same-as-en: already easy read
access-known-l3 = Links to other websites go to pages we do not control. They may be harder to use.
access-formats-heading = Other ways to get this information
access-formats-text =
    Do you need this information in a different way? For example, large print, easy read, sound or Braille.

    Then email { $email } or call { $phone }.

    We will reply within 5 working days.
# same-as-en: already easy read
access-report-heading = Tell us about a problem
access-report-text =
    Did you find a problem that is not on this list?

    Or do you think we are not following the rules?

    Please email { $email }.
# same-as-en: already easy read
access-enforce-heading = If you are not happy with our reply
access-enforce-text =
    The Equality and Human Rights Commission (EHRC) makes sure public websites follow the rules.

    Are you not happy with how we dealt with your problem?

    Then contact the Equality Advisory and Support Service (EASS).
# same-as-en: a proper name
access-eass-link = The Equality Advisory and Support Service
# same-as-en: already easy read
access-testing-heading = How we test this website
access-testing-text =
    A computer tests every page in a real browser, in every language.

    This includes languages that read from right to left.

    We also test with a keyboard and on small screens.

    We check how easy the English is to read.
access-prepared = We wrote this page in November 2026. We check it each time the website changes.

## Complaints

complaints-title = Make a complaint
complaints-intro =
    Please tell us if we got something wrong.

    Making a complaint will never change the help you get from us.
complaints-how-heading = How to make a complaint
complaints-how-text =
    You can complain by phone or by email.

    Or you can ask someone to do it for you.

    Tell us what happened. Tell us what you would like us to do.
# same-as-en: already easy read
complaints-steps-heading = What happens next
complaints-step-1 = Within 5 working days, we tell you that we have your complaint.
complaints-step-2 = A manager who did not work on your case looks into it. They may phone you to talk about it.
complaints-step-3 = Within 20 working days, we write to you with our answer. If we need longer, we tell you why.
complaints-step-4 = Are you still unhappy? Then a more senior manager looks at it again.
# same-as-en: already easy read
complaints-outside-heading = If you are still not happy
complaints-outside-text =
    The West Midlands Police and Crime Commissioner has an office. You can ask them to look at your complaint.

    The Police and Crime Commissioner is a person the public votes for. They check how the police work in the West Midlands.

    The Commissioner pays for our service. We will give you their contact details.

    Is your complaint about your personal information? Then you can also go to the Information Commissioner's Office (ICO).

    The ICO makes sure organisations follow the law about personal information.
complaints-help-heading = Help to make a complaint
complaints-help-text =
    A friend, family member or advocate can complain for you.

    An advocate is a person who speaks up for you.

    We can get you an interpreter.
complaints-funder-text =
    The West Midlands Police and Crime Commissioner pays for { $service }.

    So their office can look at your complaint if we cannot put it right.

## Contact us

# same-as-en: already easy read
contact-title = Contact us
contact-intro =
    Talk to us about restorative justice.

    You can ask a question, or ask us for help.

    It is free and private.
# same-as-en: already easy read
contact-start-heading = Other ways to start
contact-refer-link = Fill in our form for you or someone else
contact-call-back-link = Ask us to phone you back
# same-as-en: already easy read
contact-relay-heading = If you are deaf or find it hard to hear or speak
contact-relay-text =
    You can call us through Relay UK. Relay UK helps you make phone calls if you find it hard to hear or speak.

    Use a textphone or the Relay UK app. Dial 18001, then our number.
contact-bsl-text =
    Do you use British Sign Language (BSL)? You can call us through a BSL video relay service.

    An interpreter joins the call on video. They speak to us for you.

    We can also book a BSL interpreter for meetings. This is free.
# same-as-en: already easy read
contact-language-heading = Other languages
contact-language-text =
    We can get you a free interpreter. An interpreter is a person who speaks your language.

    Call us and tell us the name of your language.

    We will call you back with an interpreter.

## Leaflet

leaflet-title = Leaflet you can print
leaflet-print-note = This is our leaflet. It is 1 page. To print it on A4 paper, use the Print button in your browser.
leaflet-heading = Were you hurt by a crime? You can have your say.
leaflet-what = Restorative justice helps people hurt by a crime. You can talk to the person who hurt you, or send them a message. A trained helper keeps it safe.
leaflet-facts-heading = Important facts
leaflet-fact-any = It can be any crime, from any time. You do not need to have told the police.
leaflet-fact-interpreter = We can get you an interpreter for free.
leaflet-contact-heading = Contact us
leaflet-qr = Point your phone camera at this code. It opens our website.

## Something went wrong (500)

# same-as-en: already easy read
server-error-title = Sorry, something went wrong
server-error-text =
    There is a problem on our side.

    Please try again in a few minutes.

    If it keeps happening, call us on { $phone }.
# same-as-en: already easy read
server-error-home-link = Go to the home page

## Added with the journeys

contact-withdraw-heading = Tell us if you want to stop
contact-withdraw-text =
    You can stop at any time.

    You do not have to say why.
contact-withdraw-link = Ask us to stop your referral
online-autofill-heading = When your browser fills in the form for you
online-autofill-text =
    Your browser can fill in your name, phone number and email on our form. This saves time.

    But then your browser may remember them.
online-autofill-off = Does someone else use your phone or computer? Then use a private window. Or turn off autofill in your browser settings. Autofill means your browser fills in forms for you. We ask your browser not to fill in or remember your words about what happened.
