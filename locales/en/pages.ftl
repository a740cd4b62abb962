# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = Last updated:
hours-text = We are open Monday to Friday, { $opens } to { $closes }. We can meet in the evening or at the weekend if you need us to.
read-next = Read next
about-nav-label = About restorative justice

## Home page

home-summary = We help people hurt by crime to talk to, or send a message to, the person who caused the harm. A trained guide keeps it safe, whatever the crime and however long ago it was.
home-ways-heading = How to start
home-way-refer = Refer yourself or someone else
home-way-refer-text = Answer a few short questions online. You can stop at any time.
home-way-call = Ask for a call back
home-way-call-text = Tell us when it is safe to call, and we will ring you.
home-way-read = Read more about restorative justice
home-way-read-text = Find out what it is, how it works and who can take part.
home-more-heading = Find out more

## What is restorative justice

what-title = What is restorative justice?
what-intro = Restorative justice gives people hurt by a crime a safe way to talk to the person who caused the harm.
what-idea-heading = The idea
what-idea-1 = Crime hurts people. Often the person hurt has questions that only the other person can answer. Why me? Was it planned? Will it happen again?
what-idea-2 = Restorative justice lets you ask those questions. You can also say how the crime has changed your life. The person who caused the harm has to listen and face what they did.
what-idea-3 = A trained guide, called a facilitator, looks after the whole thing. They do not take sides. Their job is to keep everyone safe and make sure each person is heard.
what-meeting-heading = What a meeting is like
what-meeting-1 = A meeting is sometimes called a conference. You meet the person who caused the harm, with the facilitator in the room.
what-meeting-l1 = It takes place somewhere safe that suits you.
what-meeting-l2 = You can bring a friend or family member for support.
what-meeting-l3 = Everyone agrees the ground rules first, like taking turns to speak.
what-meeting-l4 = You can take a break, or stop, at any time.
what-indirect-heading = If you do not want to meet
what-indirect-1 = You do not have to meet face to face. You can still talk in other ways:
what-indirect-l1 = The facilitator can carry messages back and forth between you. This is sometimes called shuttle mediation.
what-indirect-l2 = You can write a letter, or get one from them.
what-indirect-l3 = You can record a message, on video or as sound only.
what-indirect-2 = Many people start with a letter or messages. Some decide to meet later on. Some do not, and that is fine.
what-agreement-heading = What an outcome agreement is
what-agreement-1 = At the end of a meeting, people may agree what happens next. For example, the person who caused the harm may agree to say sorry in writing, fix damage, or get help with drink or drugs.
what-agreement-2 = This plan is written down. It is called an outcome agreement. Everyone must agree to it. We check later that the promises are kept, and we tell you how it went.
what-funder-heading = Who pays for this service
what-funder-text = The West Midlands Police and Crime Commissioner pays for { $service }. The Commissioner is elected by the public. Part of their job is to pay for help for people hurt by crime.

## How it works

how-title = How it works, step by step
how-intro = Here is what happens from the day you get in touch. You can stop at any step. Just tell us.
how-s1-heading = Step 1: You get in touch
how-s1-text = Fill in our form, ask for a call back, phone us or send an email. Someone else can refer you, if you agree. You do not need to have told the police about the crime.
how-s2-heading = Step 2: We contact you
how-s2-text = We will contact you within 5 working days. We only call or write in the way you told us is safe. We explain what we can offer and answer your questions. There is no pressure to go on.
how-s3-heading = Step 3: We get ready together
how-s3-text = A facilitator meets you, often more than once. They ask what you hope for and what worries you. They also meet the other person, to check they are ready to take part in an honest way.
how-s3-safety = Before anything goes ahead, the facilitator checks that it is safe. This is called a risk check. If it is not safe, it does not go ahead.
how-s3-time = Getting ready can take a few weeks. Sometimes it takes a few months. We go at your pace.
how-s4-heading = Step 4: The meeting, or messages
how-s4-text = When everyone is ready, you meet the other person with the facilitator. Or, if you like, you send messages, letters or a recording instead. You choose.
how-s5-heading = Step 5: Afterwards
how-s5-text = The facilitator keeps in touch with you after the meeting or messages. If there was an agreement, we check that it is kept. We can also put you in touch with other support.
how-stop-heading = You can stop at any time
how-stop-text = You can change your mind at any step, even on the day of a meeting. You do not need to give a reason. Stopping will not affect any court case or any other help you get.
how-long-heading = How long it takes
how-long-l1 = First contact: within 5 working days.
how-long-l2 = Getting ready: often a few weeks, sometimes a few months.
how-long-l3 = A meeting: often an hour or two.
how-long-l4 = Keeping in touch afterwards: as long as you need.

## Who can take part

who-title = Who can take part
who-intro = Restorative justice is open to anyone hurt by a crime, and to people who caused harm.
who-harmed-heading = People hurt by crime
who-harmed-text = You can take part if a crime has hurt you. Your family can take part too, such as a partner, parent or child.
who-bereaved-text = If someone you love died because of a crime, you can take part. This includes partners, parents, children, brothers and sisters.
who-caused-heading = People who caused harm
who-caused-text = If you caused harm, you can ask us about restorative justice. It can only go ahead if the person you hurt says yes. We ask them, and we respect their answer.
who-young-heading = Young people
who-young-text = People under 18 can take part. You do not need an adult to say yes, but we will make sure you have support. If the person who caused the harm is under 18, we work with the local Youth Offending Team.
who-crime-heading = Any crime, at any time
who-crime-l1 = Any type of crime. Some cases need staff with extra training: serious or sexual violence, domestic abuse, hate crime, and cases where someone is vulnerable or could be harmed again.
who-crime-l2 = At any stage: before, during or after a court case.
who-crime-l3 = There is no time limit. The crime may have happened years ago.
who-crime-l4 = You do not need to have told the police.
who-everyone-heading = Whoever you are
who-everyone-text = We help people from any country, whatever their right to live here. We treat everyone fairly. We can get you a free interpreter at every step.
who-area-heading = Where we work
who-area-text = We work in Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall and Wolverhampton. If you live somewhere else, still get in touch. We will help you find the right service.
who-not-heading = When we may not be the right service
who-not-text = If you have a problem with a neighbour and no crime took place, your council or housing provider may be able to help you sort it out. We can tell you who to ask.

## Is it safe?

safe-title = Is it safe?
safe-intro = Your safety comes first, at every step. Here is how we keep you safe.
safe-choice-heading = It is your choice
safe-choice-text = Taking part is up to you. Nobody can make you do it. You can say no, or stop at any time, and you do not have to say why.
safe-check-heading = We check it is safe first
safe-check-text = Before anyone meets, the facilitator does a careful risk check. They talk to each person. They look at what happened and whether anyone could be hurt again.
safe-staff-heading = Trained staff
safe-staff-text = Our facilitators are trained in restorative justice. Some cases need staff with extra training. These include serious or sexual violence, domestic abuse and hate crime. They also include cases where someone is vulnerable, could be harmed again, or where the harm went on for a long time.
safe-support-heading = Support before, during and after
safe-support-l1 = Before: the facilitator helps you get ready and plans each step with you.
safe-support-l2 = During: you can bring a supporter, take a break or stop.
safe-support-l3 = After: we keep in touch and can link you to other help.
safe-not-heading = If it is not right to go ahead
safe-not-text = Sometimes we decide that it is not safe, or not right, to go ahead. If so, we will tell you kindly and explain why, as far as we can. We will help you find other support.
safe-private-heading = Your details stay private
safe-private-text = We never give your address or phone number to the other person. We only pass on what you say we can, unless someone is in danger.

## Myths and facts

myths-title = Myths and facts
myths-intro = Lots of people have the wrong idea about restorative justice. Here are some common myths, and the facts.
myths-soft-q = Myth: it is a soft option.
myths-soft-a = Fact: it is not. Facing the person you hurt is hard. Many people who caused harm find it harder than going to court.
myths-forgive-q = Myth: you have to forgive.
myths-forgive-a = Fact: you do not have to forgive anyone. You can say how you really feel, in a safe way.
myths-court-q = Myth: it takes the place of the court case.
myths-court-a = Fact: it works alongside the police and courts, not instead of them. It can happen before, during or after a court case.
myths-minor-q = Myth: it is only for small crimes.
myths-minor-a = Fact: it can help after any crime, even very serious ones. For serious crimes, and when someone is vulnerable or at risk, we use staff with extra training and take extra care.
myths-meet-q = Myth: you have to meet face to face.
myths-meet-a = Fact: you do not. You can send messages, a letter or a recording instead.
myths-offender-q = Myth: it is mainly to help the person who did it.
myths-offender-a = Fact: it is mainly for the person who was hurt. It goes at their pace, and it only goes ahead if they want it to.
myths-late-q = Myth: it is too late if the crime was long ago.
myths-late-a = Fact: there is no time limit. Some people take part many years after the crime.
myths-cost-q = Myth: you have to pay.
myths-cost-a = Fact: it is free.

## If you caused harm

harm-title = If you caused harm
harm-intro = If you hurt someone through a crime, restorative justice can help you face what you did and try to put things right.
harm-what-heading = What it can offer you
harm-what-text = You can hear how your actions affected the other person. You can answer their questions, and say sorry if you mean it. Many people say this helps them move on and stay out of trouble.
harm-expect-heading = What to expect
harm-expect-l1 = A facilitator meets you first, maybe a few times, to help you get ready.
harm-expect-l2 = They check that you accept what you did was wrong. You do not need to have all the right words.
harm-expect-l3 = If the other person says yes, you may meet them, write to them, or swap messages.
harm-expect-l4 = You can bring a supporter. You can stop at any time.
harm-limits-heading = What it cannot promise
harm-limits-l1 = It is not a way to get a lighter sentence. It can happen before a sentence, and a court may wait so that it can take place. But we cannot promise anything about court, prison or probation.
harm-limits-l2 = The other person may say no. That is their right, and we will not give you their details.
harm-limits-l3 = It is about the person you hurt. It only happens if it is right for them.
harm-limits-text = If they say no, we will tell you kindly. We can talk with you about what else might help.
harm-start-heading = How to start
harm-start-text = Get in touch yourself, or ask your probation officer, youth worker or prison staff to refer you. We will talk it through with you first.
harm-start-link = Start a referral

## For professionals

pro-title = For professionals
pro-intro = This page is for police, probation, victim services, youth offending teams, prisons and other workers who want to refer someone to us.
pro-who-heading = Who can refer
pro-who-text = Any worker can refer someone hurt by crime, or someone who caused harm. This includes police, probation, victim care, youth offending teams, community safety teams, prisons, health, housing and charities.
pro-consent-heading = Ask first
pro-consent-text = Ask the person first. Tell them what restorative justice is, and that we will contact them. If you are a police officer and have not asked them yet, you can still refer them. Use the form or call us on { $phone }. We will contact the person first and ask if they want our help.
pro-how-heading = How to refer
pro-how-text = Use the same online form as the public. At the start, choose the option to refer someone else. You can also phone us on { $phone } or email { $email }.
pro-how-link = Refer someone to us
pro-info-heading = What helps us
pro-info-l1 = How and when we can contact the person safely.
pro-info-l2 = Any language, interpreter or access needs.
pro-info-l3 = What happened, and the crime number if there is one.
pro-info-l4 = Where the case is now: for example, waiting for court, or after the sentence.
pro-info-l5 = Any risks we should know about, such as domestic abuse or threats.
pro-info-l6 = Details of the other person, if you know them.
pro-after-heading = What we tell you afterwards
pro-after-text = We will tell you when we have made contact, and how the case is going. We do not share what people tell us in private, unless they agree or someone is at risk.
pro-young-heading = Young people who caused harm
pro-young-text = If the person who caused the harm is under 18, we talk to the local Youth Offending Team first. They usually run restorative justice for young people.
pro-leaflet-heading = Leaflets
pro-leaflet-text = You can print our one-page leaflet in each of our languages, to hand out or put on a wall.

## What the evidence says

evidence-title = What the evidence says
evidence-intro = Restorative justice has been studied with care in England and Wales. Here is what the research found.
evidence-satisfied-heading = Most victims are glad they took part
evidence-satisfied-text = Research for the Ministry of Justice asked victims who met the person who hurt them at a meeting, called a conference. 85% said they were satisfied.
evidence-crime-heading = Less crime afterwards
evidence-crime-text = The same research found that people who caused harm and took part went on to commit about 14% fewer crimes than people like them who did not.
evidence-aware-heading = Few people know about it
evidence-aware-text = In 2016, only 28% of people asked in a survey had heard of restorative justice. Most people asked said that victims should have the right to meet the person who hurt them.
evidence-limits = Research shows what happens on average. It cannot tell you what will happen for you.
evidence-sources-heading = Where these numbers come from
evidence-src-1 = Joanna Shapland and others, research for the Ministry of Justice on three restorative justice schemes (2007 and 2008).
evidence-src-2 = West Midlands Police and Crime Commissioner, decision notice 009/2015, which uses the same figures.
evidence-src-3 = A survey by Ipsos MORI for the Restorative Justice Council (2016).

## Other support

support-title = Other support
support-intro = Other services can help you too. Taking part in restorative justice never stops you using them.
support-police-heading = The police
support-police-999 = In an emergency, call 999.
support-police-55 = If you cannot speak, call 999 from a mobile, then press 55 when you are asked. This is called the Silent Solution.
support-police-101 = To report a crime that is not an emergency, call 101.
support-victims-heading = Help for victims
support-vs-text = Victim Support gives free help to anyone affected by crime, even if it was not reported. Call them free on 08 08 16 89 111.
support-abuse-heading = Domestic abuse and sexual violence
support-da-text = The National Domestic Abuse Helpline is free and open day and night: 0808 2000 247.
support-rc-text = Rape Crisis helps people after rape or sexual abuse, however long ago it happened. Their website lists ways to get in touch.
support-feelings-heading = If you feel low or want to talk
support-sam-text = Samaritans will listen, any time of day or night. Call them free on 116 123.
support-young-heading = Young people
support-yot-text = Every council has a Youth Offending Team. It works with young people under 18 who have been in trouble with the law, and often runs restorative justice for them. Your council can put you in touch.
support-elsewhere-heading = If you live outside the West Midlands
support-elsewhere-text = There are restorative justice services across England and Wales. The Restorative Justice Council lists them. Your local Police and Crime Commissioner can also tell you who runs one near you.
support-links-heading = Websites
support-link-vs = Victim Support
support-link-da = National Domestic Abuse Helpline
support-link-rc = Rape Crisis England and Wales
support-link-sam = Samaritans
support-link-rjc = Restorative Justice Council

## Staying safe online

online-title = Staying safe online
online-intro = If someone checks your phone or computer, they may see that you have been on this website. Here are ways to protect yourself.
online-exit-heading = What the exit button does
online-exit-does = The "{ quick-exit }" button takes you straight to a weather website. You can also press the Shift key 3 times. It deletes any answers you have started on our form, and it removes our cookie.
online-exit-doesnt = It does not delete your browser history. Someone could still see that you came here. So please read the tips below.
online-private-heading = Use private browsing
online-private-text = In a private window, your browser does not keep a list of the pages you visit. Open one before you visit us:
online-private-chrome = Chrome: open the menu and choose "New Incognito window".
online-private-edge = Edge: open the menu and choose "New InPrivate window".
online-private-firefox = Firefox: open the menu and choose "New private window".
online-private-safari = Safari: open the File menu and choose "New Private Window".
online-history-heading = Clear your history
online-history-text = If you did not use a private window, you can delete this website from your history.
online-history-windows = On a Windows computer, in Chrome, Edge or Firefox: press Ctrl, Shift and Delete at the same time. Then choose what to clear.
online-history-mac = On a Mac, in Safari: open the History menu and choose "Clear History".
online-history-iphone = On an iPhone: open Settings, then Safari, then "Clear History and Website Data".
online-history-android = On an Android phone, in Chrome: tap the three dots, then History, then "Delete browsing data".
online-history-care = If you clear all your history, someone who checks may notice. You may want to delete only the pages from this website.
online-device-heading = Use a safer device
online-device-text = The safest way is to use a phone or computer the other person cannot get to. For example, a friend's phone, a computer at work, or one at a library.
online-other-heading = Other things to check
online-other-l1 = Emails and texts: delete any from us that you do not want seen. Then empty your deleted items.
online-other-l2 = Shared accounts: if you share a Google, Apple or Microsoft account, your history may show on other devices.
online-other-l3 = Phone calls: our number may show in your call list. You can delete it.
online-other-l4 = If you think someone has put spy software on your phone, use a different phone to contact us or the police.

## Questions people ask

faq-title = Questions people ask
faq-intro = Short answers to common questions. Most link to a page with more detail.
faq-what-q = What is restorative justice?
faq-what-a = It is a safe way for people hurt by crime to talk to the person who caused the harm, with a trained guide.
faq-cost-q = Does it cost anything?
faq-cost-a = No. It is free.
faq-police-q = Do I need to have told the police?
faq-police-a = No. You can come to us whether or not the crime was reported.
faq-meet-q = Do I have to meet the person who hurt me?
faq-meet-a = No. You can send messages, a letter or a recording instead. Or you can decide not to go ahead at all.
faq-stop-q = Can I change my mind?
faq-stop-a = Yes, at any time, even on the day. You do not need to give a reason.
faq-safe-q = How do you keep me safe?
faq-safe-a = A trained facilitator checks that it is safe before anything goes ahead. If it is not safe, it does not happen.
faq-long-q = How long does it take?
faq-long-a = We contact you within 5 working days. Getting ready often takes a few weeks. It can take longer, and we go at your pace.
faq-old-q = The crime was years ago. Can I still take part?
faq-old-a = Yes. There is no time limit.
faq-forgive-q = Do I have to forgive?
faq-forgive-a = No. You can say how you really feel.
faq-sentence-q = Will it change a sentence?
faq-sentence-a = It is not a way to get a lighter sentence. A court may wait to pass a sentence so that restorative justice can happen first. But it does not take the place of the court, and we cannot promise anything about a sentence.
faq-language-q = Can I have an interpreter?
faq-language-a = Yes. We can get you a free interpreter at every step, including for British Sign Language.
faq-refer-q = Can I refer someone else?
faq-refer-a = Yes, if they agree. Workers such as police and probation use the same form.
faq-work-q = Does it work?
faq-work-a = In research for the Ministry of Justice, 85% of victims who met the other person at a meeting, called a conference, were satisfied.
faq-data-q = What do you do with my details?
faq-data-a = We use them only to give you this service. We keep them safe and do not share them without a good reason.
faq-online-q = Can someone see that I visited this website?
faq-online-a = They might. Our page on staying safe online tells you how to hide your visit.
faq-help-q = Where else can I get help?
faq-help-a = Many other services can help, and taking part here never stops you using them.

## Privacy notice

privacy-title = Privacy notice
privacy-intro = This notice tells you what we do with your personal details, and what your rights are. The law that protects them is the UK GDPR and the Data Protection Act 2018.
privacy-who-heading = Who is in charge of your details
privacy-who-text = { $controller } is in charge of your details. The law calls this the data controller. It means they decide how your details are used, and they must keep them safe. Their address is { $address }.
privacy-ico-text = Their number on the list kept by the Information Commissioner's Office (ICO) is { $ico }.
privacy-contact-text = To ask about your details, email { $email } or call { $phone }.
privacy-collect-heading = What we collect
privacy-collect-l1 = Your name, and how to contact you safely.
privacy-collect-l2 = What happened, and where any court case is up to.
privacy-collect-l3 = Details of the other person, if you give them.
privacy-collect-l4 = What you need from us, such as an interpreter or help to get around.
privacy-collect-l5 = Notes of our calls and meetings with you.
privacy-special-text = Some of this is extra private. It may be about your health, your race, your faith, your sex life, or a crime. The law calls this special category data and criminal offence data. We take extra care with it.
privacy-why-heading = Why we use it
privacy-why-text = We use your details only to give you restorative justice. That means to contact you, check it is safe, set up a meeting or messages, and keep in touch after. We also count our cases, with names taken out, to report on our work.
privacy-basis-heading = Our legal reasons
privacy-basis-text = The law says we need a good legal reason to use your details. The law calls this a lawful basis. Ours are:
privacy-basis-l1 = Public task: we run this service for the public, paid for with public money.
privacy-basis-l2 = For extra private details: your clear consent, or a strong public reason, such as keeping people safe.
privacy-basis-l3 = Vital interests: only if someone's life is at risk.
privacy-share-heading = Who we share it with
privacy-share-text = We never sell your details. We only share them:
privacy-share-l1 = with the other person in your case, but only what you say we can pass on.
privacy-share-l2 = with a support service, if you ask us to.
privacy-share-l3 = with the police or others, if someone is in danger, or a child or adult needs to be kept safe.
privacy-share-l4 = with the person or group who referred you. We tell them how things are going, not what you said.
privacy-share-l5 = with firms that run our computer systems. They must keep your details safe and only use them as we say.
privacy-keep-heading = How long we keep it
privacy-keep-text = If you start our form and do not finish it, we delete your answers within a few hours. We keep case notes only as long as we need them, then delete them safely. Ask us if you want to know how long.
privacy-rights-heading = Your rights
privacy-rights-l1 = You can ask to see the details we hold about you.
privacy-rights-l2 = You can ask us to fix details that are wrong.
privacy-rights-l3 = You can ask us to delete your details. Sometimes we must keep them, and we will tell you why.
privacy-rights-l4 = You can ask us to stop using your details, or to use them less.
privacy-rights-l5 = You can take back your consent at any time.
privacy-rights-text = To use any of these rights, contact us. It is free. We will reply within one month.
privacy-complain-heading = How to complain
privacy-complain-text = If you are unhappy with how we use your details, please tell us first. You can also complain to the ICO. Their helpline is 0303 123 1113.
privacy-ico-link = Complain to the ICO

## Cookies

cookies-title = Cookies
cookies-intro = Cookies are small files that a website puts on your phone or computer. We use as few as we can.
cookies-reading-heading = If you only read our pages
cookies-reading-text = We do not put any cookies on your device.
cookies-form-heading = If you start our form
cookies-form-text = We set one cookie, so that the form can remember your answers as you go from page to page. The form cannot work without it, so we do not ask first.
cookies-form-name = Name: rj_session. On a secure link it is called __Host-rj_session.
cookies-form-what = What it holds: a random code that links you to your answers. It does not hold your name or answers.
cookies-form-how-long = How long it lasts: until you close your browser. Your answers on our side are deleted a few hours after you stop.
cookies-none-heading = No tracking
cookies-none-text = We do not use cookies to count visitors or show adverts. No other company puts cookies on your device through our website.
cookies-exit-text = The "{ quick-exit }" button deletes our cookie straight away.

## Accessibility statement

access-title = Accessibility statement
access-intro = This statement is about this website. We want as many people as we can to be able to use it.
access-using-heading = Using this website
access-using-text = You should be able to:
access-using-l1 = change colours and fonts using your own settings
access-using-l2 = zoom in up to 400% and still read all the text
access-using-l3 = use the whole website with just a keyboard
access-using-l4 = use a screen reader, such as NVDA, JAWS or VoiceOver
access-using-l5 = use the website with JavaScript turned off
access-using-l6 =
    read it in { $languages ->
        [one] { $languages } language
       *[other] { $languages } languages
    }, including Easy Read English
access-plain = We have also made the text as easy to read as we can.
access-status-heading = How well this website meets the rules
access-status-text = The rules are called the Web Content Accessibility Guidelines (WCAG), version 2.2. This website meets most of level AA. It does not meet all of it yet, because of the problems below.
access-known-heading = Problems we know about
access-known-l1 = Most of our translations have not yet been checked by a qualified translator. Each of those pages says so. We can get an interpreter for any language.
access-known-l2 = A screen reader cannot read the code on the printed leaflet. The web address is printed next to it.
access-known-l3 = Links to other websites go to pages we do not control. They may be harder to use.
access-formats-heading = Other formats
access-formats-text = If you need this information in a different way, such as large print, easy read, audio or Braille, email { $email } or call { $phone }. We will reply within 5 working days.
access-report-heading = Tell us about a problem
access-report-text = If you find a problem that is not listed here, or you think we are not meeting the rules, please email { $email }.
access-enforce-heading = If you are not happy with our reply
access-enforce-text = The Equality and Human Rights Commission (EHRC) makes sure public websites follow the rules. If you are not happy with how we dealt with your problem, contact the Equality Advisory and Support Service (EASS).
access-eass-link = The Equality Advisory and Support Service
access-testing-heading = How we test this website
access-testing-text = Every page is tested by a computer in a real browser, in every language, including the languages that read from right to left. We also test with a keyboard, on small screens, and check how easy the English is to read.
access-prepared = We wrote this statement in November 2026. We check it each time the website changes.

## Complaints

complaints-title = Complaints
complaints-intro = Please tell us if we got something wrong. A complaint will never change the help you get from us.
complaints-how-heading = How to complain
complaints-how-text = You can complain by phone or email, or ask someone to do it for you. Tell us what happened and what you would like us to do.
complaints-steps-heading = What happens next
complaints-step-1 = We tell you that we have your complaint within 5 working days.
complaints-step-2 = A manager who was not part of your case looks into it. They may call you to talk it through.
complaints-step-3 = We write to you with our answer within 20 working days. If we need longer, we tell you why.
complaints-step-4 = If you are still unhappy, a senior manager looks at it again.
complaints-outside-heading = If you are still not happy
complaints-outside-text = If you are still not happy, you can ask the office of the West Midlands Police and Crime Commissioner to look at your complaint. The Commissioner pays for our service. We will give you their details. If your complaint is about your personal details, you can also go to the ICO.
complaints-help-heading = Help to complain
complaints-help-text = A friend, family member or advocate can complain for you. We can get you an interpreter.
complaints-funder-text = The West Midlands Police and Crime Commissioner pays for { $service }. This is why their office can look at your complaint if we cannot put it right.

## Contact us

contact-title = Contact us
contact-intro = Talk to us about restorative justice, ask a question, or start a referral. It is free and private.
contact-start-heading = Other ways to start
contact-refer-link = Refer yourself or someone else online
contact-call-back-link = Ask us to call you back
contact-relay-heading = If you are deaf or find it hard to hear or speak
contact-relay-text = You can call us through Relay UK. Dial 18001, then our number, from a textphone or the Relay UK app.
contact-bsl-text = If you use British Sign Language (BSL), you can call us through a BSL video relay service. An interpreter joins the call on video and speaks to us for you. We can also book a BSL interpreter for meetings, free of charge.
contact-language-heading = Other languages
contact-language-text = We can get you a free interpreter. Call us and say the name of your language. We will call you back with an interpreter.

## Leaflet

leaflet-title = Printable leaflet
leaflet-print-note = This is our one-page leaflet. To print it on A4 paper, use your browser's Print option.
leaflet-heading = Hurt by a crime? You can be heard.
leaflet-what = Restorative justice helps people hurt by crime to talk to, or send a message to, the person who caused the harm. A trained guide keeps it safe.
leaflet-facts-heading = Key facts
leaflet-fact-any = Any crime, at any time. You do not need to have told the police.
leaflet-fact-interpreter = We can get you a free interpreter.
leaflet-contact-heading = Get in touch
leaflet-qr = Scan this code with your phone camera to open our website.

## Something went wrong (500)

server-error-title = Sorry, something went wrong
server-error-text = There is a problem on our side. Please try again in a few minutes. If it keeps happening, call us on { $phone }.
server-error-home-link = Go to the home page

## Added with the journeys

contact-withdraw-heading = Stop your referral
contact-withdraw-text = You can stop at any time. You do not have to say why.
contact-withdraw-link = Ask to stop your referral
online-autofill-heading = Your browser filling in the form for you
online-autofill-text = Our form lets your browser fill in your name, phone number and email for you. This saves time. But your browser may then remember them.
online-autofill-off = If someone else uses your device, use private browsing, or turn off autofill in your browser settings. We ask your browser not to fill in or remember what you write about what happened.
