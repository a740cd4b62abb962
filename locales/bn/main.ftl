## Shared by every page

language-name = বাংলা
language-switcher-label = একটি ভাষা বেছে নিন
skip-to-content = সরাসরি মূল লেখায় যান
quick-exit = এই সাইট থেকে বের হন
quick-exit-keyboard = এখনই এই সাইট থেকে বের হন
quick-exit-hint = অথবা Shift কী ৩ বার চাপুন
contact-phone-label = বিনা খরচে ফোন করুন:
contact-email-label = ইমেইল:
footer-nav-label = এই সাইট সম্পর্কে
footer-privacy = গোপনীয়তা
footer-accessibility = ব্যবহারের সুবিধা
footer-cookies = কুকি
footer-complaints = অভিযোগ
footer-contact = যোগাযোগ করুন
footer-promise = বিনা খরচে, গোপনে, এবং আপনার ইচ্ছায়।

## Home page

home-title = পুনরুদ্ধারমূলক ন্যায়বিচার (restorative justice): অপরাধের পরে সহায়তা
promise-free = এর জন্য কোনো খরচ নেই।
promise-confidential = এটি গোপন। আপনি যা বলেন, আমরা তা নিরাপদে রাখি।
promise-choice = সিদ্ধান্ত আপনার। আপনি যেকোনো সময় থামতে পারেন।
home-contact-heading = আমাদের সাথে কথা বলুন
home-contact-text = আমাদের ফোন করুন বা ইমেইল পাঠান। আমরা আপনার জন্য দোভাষীর ব্যবস্থা করতে পারি।
home-danger-heading = আপনি যদি এখন বিপদে থাকেন
home-danger-text = 999 নম্বরে ফোন করুন। কথা বলতে না পারলে মোবাইল থেকে 999 নম্বরে ফোন করুন, তারপর কারও গলা শুনলে 55 চাপুন।

## Not found

not-found-title = পাতাটি পাওয়া যায়নি
not-found-text = আমরা পাতাটি খুঁজে পাচ্ছি না। ঠিকানাটি ভুল হতে পারে, অথবা পাতাটি অন্য জায়গায় সরানো হয়েছে।
not-found-home-link = ইংরেজিতে হোম পেজে যান

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = ভাষা
languages-title = ভাষাসমূহ
languages-intro = আপনি এই ওয়েবসাইটটি এই ভাষাগুলোতে পড়তে পারেন। প্রতিটি ভাষা তার নিজের লিপিতে এবং ইংরেজিতে দেখানো আছে। আপনি যে পাতায় ছিলেন, সেটি আপনার বেছে নেওয়া ভাষায় খোলা থাকবে।
languages-interpreter = আপনার ভাষা এখানে না থাকলে, বিনা খরচে { $phone } নম্বরে আমাদের ফোন করুন। আপনার ভাষার নাম বলুন। আমরা একজন দোভাষীকে সাথে নিয়ে আপনাকে আবার ফোন করব।
footer-languages = ভাষাসমূহ
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = এই অনুবাদটি এখনও কোনো যোগ্য অনুবাদক যাচাই করেননি। কিছু বুঝতে অসুবিধা হলে, বিনা খরচে { $phone } নম্বরে আমাদের ফোন করুন। আমরা আপনার জন্য একজন দোভাষীর ব্যবস্থা করব।
